package org.mfn.core.history;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Estimates a benchmark's trend over its last runs, robustly: the Theil-Sen slope of the run means'
 * logarithms against the run index (the median of all pairwise slopes, which one wild run barely
 * moves), its distribution-free confidence interval (Sen 1968, from the normal approximation of
 * Kendall's S), and a forecast a few runs ahead whose interval combines the slope's bounds with the
 * runs' scatter about the line (1.4826 times the median absolute residual). A trend is a drift when
 * the slope's interval excludes zero and the change over the window reaches the threshold: a slow
 * movement that no comparison of two runs would flag.
 */
public final class TrendEstimator {
  private final double level;
  private final double thresholdPercent;

  /**
   * Creates an estimator.
   *
   * @param level the confidence level of the intervals, in (0, 1)
   * @param thresholdPercent the smallest change over the window that counts as a drift, percent
   *     (non-negative)
   * @throws IllegalArgumentException naming a value out of range
   */
  public TrendEstimator(double level, double thresholdPercent) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
    }
    if (!(thresholdPercent >= 0) || !Double.isFinite(thresholdPercent)) {
      throw new IllegalArgumentException(
          "threshold must be a non-negative percentage: " + thresholdPercent);
    }
    this.level = level;
    this.thresholdPercent = thresholdPercent;
  }

  /** The sum of k(k-1)(2k+5) over groups of k equal values (Kendall's S variance correction). */
  private static double tieTerms(double[] x) {
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double sum = 0;
    int i = 0;
    while (i < sorted.length) {
      int j = i;
      while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
        j++;
      }
      int k = j - i + 1;
      sum += k * (k - 1.0) * (2 * k + 5);
      i = j + 1;
    }
    return sum;
  }

  /**
   * Estimates the trend of a window.
   *
   * @param values the window's run means, oldest first (positive and finite; at least 3)
   * @param horizon runs ahead to forecast (at least 1)
   * @return the trend
   * @throws IllegalArgumentException naming a bad value, a window shorter than 3, or a horizon
   *     below 1
   */
  public Trend estimate(double[] values, int horizon) {
    int n = values.length;
    if (n < 3) {
      throw new IllegalArgumentException("a trend needs at least 3 runs: " + n);
    }
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1 run: " + horizon);
    }
    double[] x = ChangePointDetector.logs(values);
    int pairs = n * (n - 1) / 2;
    double[] slopes = new double[pairs];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        slopes[k++] = (x[j] - x[i]) / (j - i);
      }
    }
    Arrays.sort(slopes);
    double slope = ChangePointDetector.median(slopes.clone());
    double z = new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
    // Sen (1968), eq. 2.6, with the correction for tied values; the bounds are the M1-th and the
    // (M2 + 1)-th smallest slopes, M1,2 = (N -/+ z sigma) / 2 rounded (as SciPy's theilslopes).
    double c = z * Math.sqrt((n * (n - 1.0) * (2 * n + 5) - tieTerms(x)) / 18.0);
    int lowerRank = (int) Math.max(0, Math.round((pairs - c) / 2) - 1);
    int upperRank = (int) Math.min(pairs - 1, Math.round((pairs + c) / 2));
    double slopeLower = slopes[lowerRank];
    double slopeUpper = slopes[upperRank];

    double[] intercepts = new double[n];
    for (int i = 0; i < n; i++) {
      intercepts[i] = x[i] - slope * i;
    }
    double intercept = ChangePointDetector.median(intercepts.clone());
    double[] residuals = new double[n];
    for (int i = 0; i < n; i++) {
      residuals[i] = Math.abs(x[i] - intercept - slope * i);
    }
    double scatter = 1.4826 * ChangePointDetector.median(residuals);
    double at = n - 1 + horizon;
    double centre = intercept + slope * at;
    double last = intercept + slope * (n - 1);
    double lower = Math.min(last + slopeLower * horizon, centre) - z * scatter;
    double upper = Math.max(last + slopeUpper * horizon, centre) + z * scatter;
    double drift = 100 * Math.expm1(slope * (n - 1));
    boolean drifting = (slopeLower > 0 || slopeUpper < 0) && Math.abs(drift) >= thresholdPercent;
    return new Trend(
        n,
        100 * Math.expm1(slope),
        100 * Math.expm1(slopeLower),
        100 * Math.expm1(slopeUpper),
        level,
        horizon,
        Math.exp(centre),
        Math.exp(lower),
        Math.exp(upper),
        drift,
        drifting);
  }
}
