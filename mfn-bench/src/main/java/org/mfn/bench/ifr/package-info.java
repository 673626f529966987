/**
 * Benchmarks of Layer 1, the Immediate Flow Registry ({@code org.mfn.layers.ifr}): table lookups,
 * Bloom filter queries, exact match of trace packets, and the flow cache hit rate.
 *
 * <p>Times are nanoseconds per operation (average time mode); flow keys are IPv4 5-tuples from the
 * seeded default trace generator. Single-threaded: each benchmark thread has its own cursor into
 * shared read-only inputs.
 */
package org.mfn.bench.ifr;
