package org.mfn.core.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Computes {@link Statistics} from two-level samples {@code double[fork][iteration]}.
 *
 * <p>The point estimates pool all samples. The primary interval is the {@link
 * HierarchicalBootstrap} percentile interval of the mean; the Student-t interval over the pooled
 * samples (what JMH prints as "error") is kept beside it for comparison. With fewer than two
 * samples there is no spread and both intervals are null, so that no verdict is drawn from a single
 * number. Immutable and thread-safe.
 */
public final class SampleSummarizer {
  private final double level;
  private final int resamples;

  /**
   * Creates a summarizer.
   *
   * @param level confidence level in (0, 1), e.g. 0.95
   * @param resamples bootstrap replicates, at least 100
   */
  public SampleSummarizer(double level, int resamples) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
    }
    if (resamples < 100) {
      throw new IllegalArgumentException("bootstrap resamples must be at least 100: " + resamples);
    }
    this.level = level;
    this.resamples = resamples;
  }

  /** Returns the confidence level. */
  public double level() {
    return level;
  }

  /** Returns the bootstrap replicates per interval. */
  public int resamples() {
    return resamples;
  }

  /**
   * Summarises samples.
   *
   * @param samples {@code [fork][iteration]}, at least one value in all
   * @param seed seed of the bootstrap (derive it from the benchmark's identity for reproducible
   *     reports)
   * @return the statistics
   */
  public Statistics summarize(double[][] samples, long seed) {
    return summarize(samples, null, seed);
  }

  /**
   * Summarises samples that carry weights: JMH's sample mode, where an iteration's value is the
   * mean of its histogram and its weight the number of samples in it. The mean and its bootstrap
   * interval are weighted, so the mean agrees with JMH's score (the mean over all samples); the
   * median, spread, extremes, outliers and the Student-t interval describe the iteration values.
   *
   * @param samples {@code [fork][iteration]}, at least one value in all
   * @param weights the same shape, positive, or null for equal weights
   * @param seed seed of the bootstrap
   * @return the statistics
   */
  public Statistics summarize(double[][] samples, double[][] weights, long seed) {
    Statistics plain = summarizePlain(samples, seed);
    if (weights == null || plain.n() < 2) {
      return plain;
    }
    double sum = 0;
    double count = 0;
    for (int f = 0; f < samples.length; f++) {
      for (int i = 0; i < samples[f].length; i++) {
        sum += weights[f][i] * samples[f][i];
        count += weights[f][i];
      }
    }
    double[][] nonEmptySamples =
        Arrays.stream(samples).filter(f -> f.length > 0).toArray(double[][]::new);
    double[][] nonEmptyWeights =
        Arrays.stream(weights).filter(f -> f.length > 0).toArray(double[][]::new);
    ConfidenceInterval bootstrap =
        new HierarchicalBootstrap(resamples, seed)
            .meanInterval(nonEmptySamples, nonEmptyWeights, level);
    return new Statistics(
        plain.n(),
        sum / count,
        plain.median(),
        plain.stdev(),
        plain.min(),
        plain.max(),
        plain.percentiles(),
        bootstrap,
        plain.ciStudentT(),
        plain.outliers(),
        plain.steadyState());
  }

  private Statistics summarizePlain(double[][] samples, long seed) {
    double[] pooled = Arrays.stream(samples).flatMapToDouble(Arrays::stream).toArray();
    if (pooled.length == 0) {
      throw new IllegalArgumentException("cannot summarise an empty sample");
    }
    DescriptiveStatistics d = new DescriptiveStatistics(pooled);
    int n = pooled.length;
    if (n < 2) {
      return new Statistics(
          n,
          d.getMean(),
          d.getMean(),
          null,
          d.getMin(),
          d.getMax(),
          null,
          null,
          null,
          null,
          SteadyState.of(samples));
    }
    double[][] nonEmpty = Arrays.stream(samples).filter(f -> f.length > 0).toArray(double[][]::new);
    ConfidenceInterval bootstrap =
        new HierarchicalBootstrap(resamples, seed).meanInterval(nonEmpty, level);
    return new Statistics(
        n,
        d.getMean(),
        d.getPercentile(50),
        d.getStandardDeviation(),
        d.getMin(),
        d.getMax(),
        null,
        bootstrap,
        studentT(d),
        n < 4 ? null : Outliers.of(d.getPercentile(25), d.getPercentile(75), pooled),
        SteadyState.of(nonEmpty));
  }

  private ConfidenceInterval studentT(DescriptiveStatistics d) {
    long n = d.getN();
    double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    double half = t * d.getStandardDeviation() / Math.sqrt(n);
    return new ConfidenceInterval(level, d.getMean() - half, d.getMean() + half, "student-t");
  }
}
