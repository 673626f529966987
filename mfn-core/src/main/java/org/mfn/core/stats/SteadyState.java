package org.mfn.core.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Whether a benchmark's measurement iterations had settled: a Mann-Kendall trend test on each
 * fork's series of iteration scores, with Sen's slope for the size of the drift.
 *
 * <p>A fork TRENDS when its two-sided Mann-Kendall p-value is below {@code 0.01 / forks}
 * (Bonferroni over forks) and Sen's slope moves the score by more than {@link #MIN_DRIFT_PERCENT}
 * of its median over the series: a series that still warms up (falls) or slows down (rises). Forks
 * with fewer than {@link #MIN_ITERATIONS} iterations cannot show a significant trend at that level,
 * so the status is then TOO_FEW_ITERATIONS rather than a false "steady". Mann (1945), Kendall
 * (1975), Sen (1968); no tie correction (scores rarely tie).
 *
 * @param status STEADY, TRENDING or TOO_FEW_ITERATIONS
 * @param driftPercent Sen's slope times (iterations - 1), percent of the median, of the fork that
 *     drifts most (signed: positive means the score rose)
 * @param pValue the smallest fork p-value, or null without a test
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SteadyState(Status status, double driftPercent, Double pValue) {
  /** The fewest iterations per fork for a test. */
  public static final int MIN_ITERATIONS = 8;

  /** The smallest drift, percent of the median over the series, that counts. */
  public static final double MIN_DRIFT_PERCENT = 2.0;

  /** The classification. */
  public enum Status {
    /** No fork trends. */
    STEADY,
    /** At least one fork's iterations still trend (see the drift's sign). */
    TRENDING,
    /** Too few iterations per fork to tell. */
    TOO_FEW_ITERATIONS
  }

  /**
   * Classifies a benchmark's measurement series.
   *
   * @param forks iteration scores per fork, in run order
   * @return the classification
   */
  public static SteadyState of(double[][] forks) {
    int tested = 0;
    double worstDrift = 0;
    double smallestP = 1;
    boolean trending = false;
    for (double[] series : forks) {
      if (series.length < MIN_ITERATIONS) {
        continue;
      }
      tested++;
      double p = mannKendallP(series);
      double drift = senSlope(series) * (series.length - 1) / Math.abs(median(series)) * 100;
      smallestP = Math.min(smallestP, p);
      if (Math.abs(drift) > Math.abs(worstDrift)) {
        worstDrift = drift;
      }
      trending |= p < 0.01 / forks.length && Math.abs(drift) > MIN_DRIFT_PERCENT;
    }
    if (tested == 0) {
      return new SteadyState(Status.TOO_FEW_ITERATIONS, 0, null);
    }
    return new SteadyState(trending ? Status.TRENDING : Status.STEADY, worstDrift, smallestP);
  }

  /** Two-sided p-value of the Mann-Kendall S statistic, normal approximation with continuity. */
  static double mannKendallP(double[] x) {
    int n = x.length;
    long s = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        s += Long.signum(Double.compare(x[j], x[i]));
      }
    }
    double variance = n * (n - 1.0) * (2 * n + 5) / 18;
    double z = s == 0 ? 0 : (s - Math.signum(s)) / Math.sqrt(variance);
    return 2 * new NormalDistribution().cumulativeProbability(-Math.abs(z));
  }

  /** Sen's slope: the median of the pairwise slopes. */
  static double senSlope(double[] x) {
    int n = x.length;
    double[] slopes = new double[n * (n - 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        slopes[k++] = (x[j] - x[i]) / (j - i);
      }
    }
    return median(slopes);
  }

  private static double median(double[] values) {
    return StatUtils.percentile(values, 50);
  }
}
