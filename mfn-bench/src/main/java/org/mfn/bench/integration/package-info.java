/**
 * Benchmarks of the integration claims: the pipeline's end-to-end latency for a new flow ({@link
 * org.mfn.bench.integration.PipelineBenchmark}), throughput in packets/s and classified bits per
 * second on one and two threads ({@link org.mfn.bench.integration.PipelineThroughputBenchmark}),
 * the MFN overhead on a loopback UDP forwarding path ({@link
 * org.mfn.bench.integration.ForwardingPathBenchmark}), steady operation with 100,000 and 1,000,000
 * active flows ({@link org.mfn.bench.integration.FlowCapacityBenchmark}) and the whole pipeline's
 * memory ({@link org.mfn.bench.integration.PipelineMemoryBenchmark}). Inputs are seeded ({@code
 * PipelineInputs}); the models are trained in {@code @Setup}.
 */
package org.mfn.bench.integration;
