/**
 * Regression detection: comparing two runs benchmark by benchmark.
 *
 * <p>Key types: {@link org.mfn.core.regression.RegressionDetector} (pairs results by benchmark and
 * parameters, compares time and allocation, controls the false-discovery rate), {@link
 * org.mfn.core.regression.MetricComparison} (one comparison: ratio with interval, p-values, effect
 * size, verdict), {@link org.mfn.core.regression.ComparisonReport} and {@link
 * org.mfn.core.regression.ChangeVerdict}, and {@link org.mfn.core.regression.SuiteShiftEstimator}
 * with {@link org.mfn.core.regression.SuiteShift} (how the suite's scores moved as a whole, which
 * catches a shift of every benchmark that hides in each single-fork benchmark's noise). A change is
 * REGRESSED only if it is both significant and larger than the threshold; the direction comes from
 * the unit, so throughput is never inverted. Immutable and thread-safe.
 */
package org.mfn.core.regression;
