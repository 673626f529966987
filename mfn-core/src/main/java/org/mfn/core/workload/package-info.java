/**
 * Seeded, deterministic workload generators: flow traces with Zipf popularity, packet-size mixes
 * and flow churn.
 *
 * <p>Key types: {@link org.mfn.core.workload.TraceConfig} (what to generate), {@link
 * org.mfn.core.workload.FlowTraceGenerator} (generates), {@link org.mfn.core.workload.FlowTrace}
 * (the result: distinct keys packed in {@code long[]}, and per-packet flow ids and sizes), {@link
 * org.mfn.core.workload.ZipfSampler} and {@link org.mfn.core.workload.PacketSizeMix}.
 *
 * <p>Determinism: all randomness comes from one {@link java.util.SplittableRandom} (whose algorithm
 * is specified by the JDK) consumed in a fixed order, and all floating-point functions are {@link
 * java.lang.StrictMath}, so the same configuration gives the same trace, bit for bit, on every
 * machine and JDK. Generators are not thread-safe; traces are immutable after construction and safe
 * to share.
 */
package org.mfn.core.workload;
