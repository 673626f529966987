/**
 * The results model written as {@code results.json}: the environment of a run, every benchmark's
 * raw samples (per fork, per iteration) and statistics, and the verdicts on the claims.
 *
 * <p>Key types: {@link org.mfn.core.run.RunResult} (the whole file, with {@link
 * org.mfn.core.run.RunResult#SCHEMA_VERSION}), {@link org.mfn.core.result.BenchmarkResult}, {@link
 * org.mfn.core.result.MetricResult}, {@link org.mfn.core.result.EnvironmentInfo}, {@link
 * org.mfn.core.model.Role} and {@link org.mfn.core.model.Layer}. All types are immutable records,
 * annotated for Jackson; the JSON mapping itself lives in {@code mfn-report}. Units are the JMH
 * unit strings ({@code ns/op}, {@code ops/s}) or the catalogue's ({@code %}, {@code B}).
 */
package org.mfn.core.result;
