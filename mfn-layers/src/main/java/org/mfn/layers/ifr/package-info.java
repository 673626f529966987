/**
 * Layer 1, the Immediate Flow Registry: exact flow matching on packed 5-tuples.
 *
 * <p>Key types: {@link org.mfn.layers.ifr.RobinHoodFlowTable} (open addressing, Robin Hood
 * displacement, backward-shift deletion), {@link org.mfn.layers.ifr.BlockedBloomFilter} (one cache
 * line per key), {@link org.mfn.layers.ifr.FlowRegistry} (filter + table + flow records + {@link
 * org.mfn.layers.ifr.EvictionPolicy} + {@link org.mfn.layers.ifr.MissHandler}). Keys are {@code
 * long} words in a {@link org.mfn.core.flow.FlowKeyLayout}; sizes are bytes, times are nanoseconds
 * of the caller's clock.
 *
 * <p>Threading: every type here is single-threaded (one owner thread); nothing on the lookup path
 * allocates.
 */
package org.mfn.layers.ifr;
