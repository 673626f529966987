package org.mfn.core.stats;

import java.util.Arrays;
import org.apache.commons.math3.stat.StatUtils;

/**
 * How many times better one implementation is than another: above 1 means better.
 *
 * @param value ratio of means, direction-aware (other time / our time, or our rate / other rate)
 * @param interval bootstrap interval of the ratio, or null when either side has fewer than two
 *     samples
 */
public record Speedup(double value, ConfidenceInterval interval) {

  /**
   * Estimates the speedup of {@code ours} over {@code other}.
   *
   * @param ours our samples {@code [fork][iteration]}
   * @param other the other's samples, same unit
   * @param lowerIsBetter whether the unit is better when lower (time per operation)
   * @param level confidence level
   * @param resamples bootstrap replicates
   * @param seed bootstrap seed
   * @return the speedup
   */
  public static Speedup estimate(
      double[][] ours,
      double[][] other,
      boolean lowerIsBetter,
      double level,
      int resamples,
      long seed) {
    double[][] top = lowerIsBetter ? other : ours;
    double[][] bottom = lowerIsBetter ? ours : other;
    double value = mean(top) / mean(bottom);
    ConfidenceInterval interval =
        count(top) < 2 || count(bottom) < 2
            ? null
            : new HierarchicalBootstrap(resamples, seed).ratioInterval(top, bottom, level);
    return new Speedup(value, interval);
  }

  private static double mean(double[][] samples) {
    return StatUtils.mean(Arrays.stream(samples).flatMapToDouble(Arrays::stream).toArray());
  }

  private static int count(double[][] samples) {
    int n = 0;
    for (double[] fork : samples) {
      n += fork.length;
    }
    return n;
  }

  /** Returns {@code (1 - 1/speedup) * 100}: the share of the other's cost removed, percent. */
  public double reductionPercent() {
    return (1 - 1 / value) * 100;
  }

  /** Returns the interval of {@link #reductionPercent()}, or null. */
  public ConfidenceInterval reductionInterval() {
    return interval == null ? null : interval.map(true, s -> (1 - 1 / s) * 100);
  }
}
