package org.mfn.core.regression;

/**
 * How two runs are compared.
 *
 * @param thresholdPercent the smallest change, in percent of the old value, that counts as a
 *     regression or an improvement; above 0
 * @param level confidence level of intervals; {@code 1 - level} is the false-discovery rate of the
 *     suite's significant changes (Benjamini-Hochberg)
 * @param resamples bootstrap replicates per interval, at least 100
 */
public record ComparisonSettings(double thresholdPercent, double level, int resamples) {
  /** The default threshold, percent. */
  public static final double DEFAULT_THRESHOLD_PERCENT = 5.0;

  /** Checks the fields. */
  public ComparisonSettings {
    if (!(thresholdPercent > 0 && thresholdPercent < 1000)) {
      throw new IllegalArgumentException(
          "threshold must be in (0, 1000) percent: " + thresholdPercent);
    }
    if (!(level > 0.5 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0.5, 1): " + level);
    }
    if (resamples < 100) {
      throw new IllegalArgumentException("bootstrap resamples must be at least 100: " + resamples);
    }
  }

  /** Returns the significance level {@code 1 - level}. */
  public double alpha() {
    return 1 - level;
  }
}
