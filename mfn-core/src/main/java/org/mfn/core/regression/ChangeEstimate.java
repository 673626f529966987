package org.mfn.core.regression;

import org.apache.commons.math3.distribution.TDistribution;
import org.mfn.core.stats.ConfidenceInterval;

/**
 * How much worse a metric became between two runs, on the log scale, with the standard error and
 * degrees of freedom of a Student-t interval.
 *
 * @param worseLog {@code log(new mean / old mean)} for lower-is-better units, its negative for
 *     higher-is-better ones: positive means worse
 * @param standardError its standard error; 0 when the data show no spread at all
 * @param df degrees of freedom of the t distribution the interval uses
 * @param forkAware whether the error includes fork-to-fork variance (the benchmark's own, the
 *     suite's, or both); false for single-fork runs judged against the suite's spread
 * @param method how the error was estimated, in words
 */
public record ChangeEstimate(
    double worseLog, double standardError, double df, boolean forkAware, String method) {

  /** Returns the two-sided t quantile of a confidence level. */
  double quantile(double level) {
    return new TDistribution(null, Math.max(df, 1e-3))
        .inverseCumulativeProbability(0.5 + level / 2);
  }

  /**
   * Returns the interval of the change in percent, direction-aware (positive is worse).
   *
   * @param level confidence level
   * @return the interval
   */
  public ConfidenceInterval worsePercentInterval(double level) {
    double half = quantile(level) * standardError;
    return new ConfidenceInterval(
        level, Math.expm1(worseLog - half) * 100, Math.expm1(worseLog + half) * 100, method);
  }

  /**
   * Returns the interval of the ratio {@code new mean / old mean}.
   *
   * @param level confidence level
   * @param lowerIsBetter the unit's direction
   * @return the interval
   */
  public ConfidenceInterval ratioInterval(double level, boolean lowerIsBetter) {
    double half = quantile(level) * standardError;
    double logRatio = lowerIsBetter ? worseLog : -worseLog;
    return new ConfidenceInterval(
        level, Math.exp(logRatio - half), Math.exp(logRatio + half), method);
  }
}
