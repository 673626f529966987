/**
 * Layer 1, the Immediate Flow Registry: exact flow matching on packed 5-tuples.
 *
 * <p>Key types: {@link org.mfn.layers.ifr.RobinHoodFlowTable} (open addressing, Robin Hood
 * displacement, backward-shift deletion, a keyed hash and growth bounded by the keys held), {@link
 * org.mfn.layers.ifr.BlockedBloomFilter} (one cache line per key), {@link
 * org.mfn.layers.ifr.FlowRegistry} (filter + table + flow records + {@link
 * org.mfn.layers.ifr.EvictionPolicy} + {@link org.mfn.layers.ifr.MissHandler}) and {@link
 * org.mfn.layers.ifr.ShardedFlowRegistry} (thread-safe, one monitor per shard). Keys are {@code
 * long} words in a {@link org.mfn.core.flow.FlowKeyLayout}, hashed with the registry's {@link
 * org.mfn.core.flow.FlowHasher} (random per registry unless a seed is asked for); sizes are bytes,
 * times are nanoseconds of the caller's clock.
 *
 * <p>Hostile keys: keys crafted to collide cost at most one doubling of a table; past that their
 * insertion is refused ({@link org.mfn.layers.ifr.FlowTableOverflowException}) and counted, and the
 * registry still answers their packets.
 *
 * <p>Threading: every type here but {@code ShardedFlowRegistry} is single-threaded (one owner
 * thread); nothing on the lookup path allocates.
 */
package org.mfn.layers.ifr;
