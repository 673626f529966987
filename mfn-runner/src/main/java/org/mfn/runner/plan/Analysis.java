package org.mfn.runner.plan;

/**
 * How a run's samples are summarised.
 *
 * @param confidenceLevel confidence level of intervals, in (0.5, 1)
 * @param bootstrapResamples bootstrap replicates per interval, at least 1
 */
public record Analysis(double confidenceLevel, int bootstrapResamples) {
  /** Checks the bounds. */
  public Analysis {
    if (!(confidenceLevel > 0.5 && confidenceLevel < 1)) {
      throw new IllegalArgumentException(
          "confidence level must be in (0.5, 1): " + confidenceLevel);
    }
    if (bootstrapResamples < 1) {
      throw new IllegalArgumentException(
          "bootstrap resamples must be at least 1: " + bootstrapResamples);
    }
  }
}
