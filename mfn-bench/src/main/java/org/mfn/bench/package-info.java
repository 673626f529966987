/**
 * JMH benchmarks of MFN Bench, one package per layer ({@code ifr}, later {@code dsr}, {@code alm},
 * {@code cpe}, {@code integration}, {@code network}, {@code baseline}).
 *
 * <p>Every benchmark method carries {@link org.mfn.bench.Measures}: the layer, the subject it
 * measures and its role (MFN, BASELINE or PEER), so that the runner pairs ours with the baseline
 * and peers by data; {@code alsoCompare} names secondary metrics (such as {@code perFlowBytes}) set
 * side by side besides the score. Every class holds ours and its peer or baseline on the same
 * inputs, builds its inputs in {@code @Setup(Level.Trial)} from the seeded generators of {@code
 * org.mfn.core.workload}, and has a {@code main} that runs only that class ({@link
 * org.mfn.bench.BenchmarkMain}).
 */
package org.mfn.bench;
