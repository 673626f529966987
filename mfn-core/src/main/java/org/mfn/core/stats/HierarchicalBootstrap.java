package org.mfn.core.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Bootstrap of the mean of two-level samples {@code double[fork][iteration]}: each replicate draws
 * forks with replacement, then iterations with replacement within each drawn fork, and takes the
 * mean of everything drawn.
 *
 * <p>Resampling forks carries the fork-to-fork variance (JIT decisions, memory layout) into the
 * interval, which a flat bootstrap of pooled iterations misses (Kalibera and Jones 2013, section 4;
 * Davison and Hinkley 1997, section 3.8). With a single fork only iterations are resampled and the
 * interval describes that fork alone. Intervals are bootstrap percentile intervals.
 *
 * <p>Immutable and thread-safe; each call seeds its own generator, so results are reproducible.
 * Cost: O(resamples * samples).
 */
public final class HierarchicalBootstrap {
  private static final Percentile TYPE_7 =
      new Percentile().withEstimationType(Percentile.EstimationType.R_7);

  /** The method name recorded in the intervals this class makes. */
  public static final String METHOD = "hierarchical-bootstrap-percentile";

  /** Default number of bootstrap replicates. */
  public static final int DEFAULT_RESAMPLES = 2000;

  private final int resamples;
  private final long seed;

  /**
   * Creates a bootstrap.
   *
   * @param resamples replicates per interval, at least 100
   * @param seed seed of the resampling
   */
  public HierarchicalBootstrap(int resamples, long seed) {
    if (resamples < 100) {
      throw new IllegalArgumentException("bootstrap resamples must be at least 100: " + resamples);
    }
    this.resamples = resamples;
    this.seed = seed;
  }

  /**
   * Returns the replicates of the mean.
   *
   * @param samples {@code [fork][iteration]}, at least one fork with at least one value
   * @return {@code resamples} replicate means, unsorted
   */
  public double[] meanReplicates(double[][] samples) {
    return meanReplicates(samples, null);
  }

  /**
   * Returns the replicates of the weighted mean: each drawn value counts with its weight (JMH's
   * sample mode: an iteration's mean counts with the number of samples behind it).
   *
   * @param samples {@code [fork][iteration]}, at least one fork with at least one value
   * @param weights the same shape, positive, or null for equal weights
   * @return {@code resamples} replicate means, unsorted
   */
  public double[] meanReplicates(double[][] samples, double[][] weights) {
    checkSamples(samples);
    SplittableRandom random = new SplittableRandom(seed);
    double[] replicates = new double[resamples];
    for (int b = 0; b < resamples; b++) {
      replicates[b] = resampleMean(samples, weights, random);
    }
    return replicates;
  }

  private static double resampleMean(
      double[][] samples, double[][] weights, SplittableRandom random) {
    double sum = 0;
    double count = 0;
    for (int f = 0; f < samples.length; f++) {
      int drawn = samples.length == 1 ? 0 : random.nextInt(samples.length);
      double[] fork = samples[drawn];
      for (int i = 0; i < fork.length; i++) {
        int j = random.nextInt(fork.length);
        double w = weights == null ? 1 : weights[drawn][j];
        sum += w * fork[j];
        count += w;
      }
    }
    return sum / count;
  }

  /**
   * Returns the percentile interval of the mean.
   *
   * @param samples {@code [fork][iteration]}
   * @param level confidence level in (0, 1)
   * @return the interval
   */
  public ConfidenceInterval meanInterval(double[][] samples, double level) {
    return meanInterval(samples, null, level);
  }

  /**
   * Returns the percentile interval of the weighted mean ({@link #meanReplicates(double[][],
   * double[][])}).
   *
   * @param samples {@code [fork][iteration]}
   * @param weights the same shape, or null for equal weights
   * @param level confidence level in (0, 1)
   * @return the interval
   */
  public ConfidenceInterval meanInterval(double[][] samples, double[][] weights, double level) {
    return expandedInterval(meanReplicates(samples, weights), level, units(samples));
  }

  /** The number of top-level units resampled: forks, or the iterations of a single fork. */
  static int units(double[][] samples) {
    return samples.length >= 2 ? samples.length : samples[0].length;
  }

  /**
   * Returns the percentile interval of {@code mean(numerator) / mean(denominator)}, resampling the
   * two independently.
   *
   * @param numerator samples of the numerator
   * @param denominator samples of the denominator, with a mean away from zero
   * @param level confidence level
   * @return the interval of the ratio
   */
  public ConfidenceInterval ratioInterval(
      double[][] numerator, double[][] denominator, double level) {
    double[] top = meanReplicates(numerator);
    double[] bottom =
        new HierarchicalBootstrap(resamples, seed * 31 + 17).meanReplicates(denominator);
    double[] ratios = new double[resamples];
    for (int b = 0; b < resamples; b++) {
      ratios[b] = top[b] / bottom[b];
    }
    return expandedInterval(ratios, level, Math.min(units(numerator), units(denominator)));
  }

  /**
   * Returns the expanded percentile interval of replicates for {@code units} resampled units.
   *
   * @param replicates bootstrap replicates (sorted in place)
   * @param level confidence level in (0, 1)
   * @param units top-level units resampled; 1 or fewer gives the plain percentile interval
   * @return the interval
   */
  public static ConfidenceInterval expandedInterval(double[] replicates, double level, int units) {
    if (units < 2) {
      return percentileInterval(replicates, level);
    }
    double t = new TDistribution(units - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    double z = Math.sqrt(units / (units - 1.0)) * t;
    double tail =
        2
            * new org.apache.commons.math3.distribution.NormalDistribution()
                .cumulativeProbability(-z);
    return tailInterval(replicates, tail, level);
  }

  /**
   * Returns the equal-tailed percentile interval of replicates.
   *
   * @param replicates bootstrap replicates (the array is sorted in place)
   * @param level confidence level in (0, 1)
   * @return the interval
   */
  public static ConfidenceInterval percentileInterval(double[] replicates, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
    }
    return tailInterval(replicates, 1 - level, level);
  }

  /** The interval between the {@code tail/2} and {@code 1 - tail/2} quantiles (tail may be 0). */
  private static ConfidenceInterval tailInterval(double[] replicates, double tail, double level) {
    Arrays.sort(replicates);
    double alpha = tail / 2;
    return new ConfidenceInterval(
        level, quantile(replicates, alpha), quantile(replicates, 1 - alpha), METHOD);
  }

  /** Hyndman and Fan's type 7 (linear between order statistics, R's default), p in [0, 1]. */
  private static double quantile(double[] sorted, double p) {
    return p == 0 ? sorted[0] : TYPE_7.evaluate(sorted, 100 * p);
  }

  private static void checkSamples(double[][] samples) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("bootstrap needs at least one fork");
    }
    for (double[] fork : samples) {
      if (fork.length == 0) {
        throw new IllegalArgumentException("bootstrap needs at least one sample in every fork");
      }
    }
  }
}
