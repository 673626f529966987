/**
 * Regression detection: comparing two runs benchmark by benchmark.
 *
 * <p>Key types: {@link org.mfn.core.regression.RegressionDetector} (matches results by {@link
 * org.mfn.core.regression.ResultKey} — benchmark, parameters, mode, threads — converts units,
 * compares time and allocation), {@link org.mfn.core.regression.ChangeEstimator} with {@link
 * org.mfn.core.regression.ForkVariancePrior} (Student-t intervals on fork means, fork variance
 * moderated toward the suite's; the suite's spread for single forks), {@link
 * org.mfn.core.regression.ChangeRule} (the one rule: REGRESSED or IMPROVED when the interval lies
 * beyond the threshold, UNCHANGED only when it lies within, INCONCLUSIVE otherwise), {@link
 * org.mfn.core.regression.MetricComparison}, {@link org.mfn.core.regression.ComparisonReport} and
 * {@link org.mfn.core.regression.ChangeVerdict}, and {@link
 * org.mfn.core.regression.SuiteShiftEstimator} with {@link org.mfn.core.regression.SuiteShift} (how
 * the suite's scores moved as a whole, judged by the same rule). {@link
 * org.mfn.core.regression.OperatingCharacteristics} simulates false alarms and power. The direction
 * of a change comes from the unit, so throughput is never inverted. Changes are in percent of the
 * old value; intervals at the comparison's confidence level. Immutable and thread-safe.
 */
package org.mfn.core.regression;
