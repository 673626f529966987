/**
 * Benchmarks of Layer 1, the Immediate Flow Registry ({@code org.mfn.layers.ifr}): table lookups,
 * Bloom filter queries, exact match of trace packets, the flow cache hit rate, the protocol's round
 * trip over a Unix socket, two-thread packet processing, and memory per flow.
 *
 * <p>Units: average-time benchmarks in nanoseconds per operation, the socket round trip in sample
 * mode (microseconds, with JMH's percentiles), the concurrent benchmark in packets per microsecond
 * (throughput), the hit-rate and memory benchmarks in single-shot milliseconds with the metric that
 * matters as a secondary result ({@code hitRate} in percent, {@code perFlowBytes}). Flow keys are
 * IPv4 5-tuples from the seeded trace generator.
 *
 * <p>Inputs: every implementation of a class starts from the same input, the packed key words of
 * the query or packet read in query order from precomputed arrays ({@link
 * org.mfn.bench.ifr.FlowKeySet}, {@link org.mfn.bench.ifr.PacketStream}), and does all the work
 * from there (hashing, building a key object); where a peer's API takes an object (Guava), the
 * object is built before the run and the class says so. Classes whose operations take nanoseconds
 * have a {@code baseline()} (role HARNESS) that fetches the input and nothing else. Tables hashed
 * with a fixed seed ({@code FlowHasher.seeded(42)}) so every fork probes the same layout.
 *
 * <p>Threading: each benchmark thread has its own {@link org.mfn.bench.ifr.QueryCursor} into shared
 * read-only inputs; only {@code ConcurrentRegistryBenchmark} runs two threads.
 */
package org.mfn.bench.ifr;
