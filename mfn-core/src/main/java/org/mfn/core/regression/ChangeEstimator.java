package org.mfn.core.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Estimates a metric's change between two runs ({@link ChangeEstimate}) from the fork means of each
 * run, which is where a JIT-compiled benchmark's variance mostly lives.
 *
 * <ul>
 *   <li>With fork-to-fork variance in the data (two or more forks in a run, in this benchmark or in
 *       enough others): a Student-t interval of the log ratio of the runs' means, its variance the
 *       benchmark's relative fork variance moderated toward the suite's ({@link
 *       ForkVariancePrior}). At 2 or 3 forks a benchmark's own variance has 1 to 4 degrees of
 *       freedom and alone gives intervals that are honest but very wide; the suite's many
 *       benchmarks narrow them without claiming more than the data hold.
 *   <li>With one fork per run everywhere, no fork-to-fork variance exists in the data. The error is
 *       then the suite's run-to-run spread of single-fork log-ratios (1.4826 x the median absolute
 *       deviation, as in Efron's empirical null, assuming most benchmarks did not change) plus the
 *       benchmark's own iteration variance, against a t with {@value #SUITE_NOISE_DF} degrees of
 *       freedom for the heavy tails measured on single forks. The interval says so in its method;
 *       it needs {@value #MIN_SUITE} single-fork scores.
 * </ul>
 *
 * <p>Cost is linear in the samples: no resampling. Stateless.
 */
final class ChangeEstimator {
  /** Degrees of freedom of the t against which single-fork log-ratios are judged. */
  static final int SUITE_NOISE_DF = 4;

  /** The fewest single-fork scores from which the suite's spread is estimated. */
  static final int MIN_SUITE = 5;

  private static final double MAD_TO_SD = 1.4826;

  /** One metric of one benchmark in both runs, in one unit. */
  record Pair(
      String label,
      String metric,
      String unit,
      boolean lowerIsBetter,
      double[][] old,
      double[][] now,
      double[][] oldWeights,
      double[][] newWeights) {

    /** A pair whose samples count alike. */
    Pair(
        String label,
        String metric,
        String unit,
        boolean lowerIsBetter,
        double[][] old,
        double[][] now) {
      this(label, metric, unit, lowerIsBetter, old, now, null, null);
    }

    double[] oldForkMeans() {
      return forkMeans(old, oldWeights);
    }

    double[] newForkMeans() {
      return forkMeans(now, newWeights);
    }

    boolean singleForks() {
      return old.length == 1 && now.length == 1;
    }

    double worseLog() {
      double log = Math.log(mean(newForkMeans()) / mean(oldForkMeans()));
      return lowerIsBetter ? log : -log;
    }

    /** The benchmark's own relative variance of a fork mean, pooled over both runs. */
    ForkVariancePrior.Observed ownVariance() {
      double[] a = oldForkMeans();
      double[] b = newForkMeans();
      int df = (a.length - 1) + (b.length - 1);
      if (df == 0) {
        return new ForkVariancePrior.Observed(0, 0);
      }
      double pooled =
          ((a.length - 1) * relativeVariance(a) + (b.length - 1) * relativeVariance(b)) / df;
      return new ForkVariancePrior.Observed(pooled, df);
    }
  }

  private ChangeEstimator() {}

  /**
   * Fits the prior of fork-to-fork variance to a set of pairs of one metric.
   *
   * @param pairs the pairs
   * @return the prior, or null when too few pairs have fork-to-fork variance
   */
  static ForkVariancePrior prior(List<Pair> pairs) {
    List<ForkVariancePrior.Observed> observed = new ArrayList<>();
    pairs.forEach(p -> observed.add(p.ownVariance()));
    return ForkVariancePrior.fit(observed);
  }

  /**
   * The suite's spread of single-fork log-ratios (see the class description).
   *
   * @param pairs the score pairs
   * @return {@code {standard deviation, count}}, or null with fewer than {@value #MIN_SUITE}
   */
  static double[] singleForkSpread(List<Pair> pairs) {
    double[] logRatios =
        pairs.stream().filter(Pair::singleForks).mapToDouble(Pair::worseLog).toArray();
    if (logRatios.length < MIN_SUITE) {
      return null;
    }
    double median = median(logRatios);
    double sd =
        MAD_TO_SD * median(Arrays.stream(logRatios).map(r -> Math.abs(r - median)).toArray());
    return new double[] {sd, logRatios.length};
  }

  /**
   * Estimates one pair's change.
   *
   * @param p the pair
   * @param prior the suite's prior of fork variance for this metric, or null
   * @param spread the suite's single-fork spread, or null
   * @return the estimate, or null when the data cannot give one (see {@link #whyNot})
   */
  static ChangeEstimate estimate(Pair p, ForkVariancePrior prior, double[] spread) {
    int k = p.old().length;
    int m = p.now().length;
    ForkVariancePrior.Observed own = p.ownVariance();
    if (own.df() > 0 || prior != null) {
      double variance = own.variance();
      double df = own.df();
      String method = String.format(Locale.ROOT, "t (%d df) on fork means", own.df());
      if (prior != null) {
        double[] moderated = prior.moderate(own.variance(), own.df());
        variance = moderated[0];
        df = moderated[1];
        method =
            String.format(
                Locale.ROOT,
                "t (%.3g df) on fork means, fork variance moderated toward the suite's (%d"
                    + " benchmarks, prior %.3g df)",
                df,
                prior.benchmarks(),
                prior.priorDf());
      }
      double se = Math.sqrt(variance * (1.0 / k + 1.0 / m));
      return new ChangeEstimate(p.worseLog(), se, df, true, method);
    }
    if (spread == null) {
      return null;
    }
    double iterations = relativeVarianceOfMean(p.old()[0]) + relativeVarianceOfMean(p.now()[0]);
    double se = Math.sqrt(spread[0] * spread[0] + iterations);
    return new ChangeEstimate(
        p.worseLog(),
        se,
        SUITE_NOISE_DF,
        false,
        String.format(
            Locale.ROOT,
            "single fork: t (%d df) against the suite's run-to-run spread of log-ratios (sd"
                + " %.3g%% from %d scores); fork-to-fork variance not measured",
            SUITE_NOISE_DF,
            100 * spread[0],
            (int) spread[1]));
  }

  /** Says why {@link #estimate} gave nothing. */
  static String whyNot() {
    return "single fork in both runs and fewer than "
        + MIN_SUITE
        + " single-fork scores to estimate the run-to-run spread from";
  }

  static double[] forkMeans(double[][] samples) {
    return forkMeans(samples, null);
  }

  /** Each fork's mean, weighted by {@code weights} (same shape) when given. */
  static double[] forkMeans(double[][] samples, double[][] weights) {
    double[] means = new double[samples.length];
    for (int f = 0; f < samples.length; f++) {
      means[f] =
          weights == null
              ? mean(samples[f])
              : StatUtils.sum(multiply(samples[f], weights[f])) / StatUtils.sum(weights[f]);
    }
    return means;
  }

  private static double[] multiply(double[] a, double[] b) {
    double[] product = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      product[i] = a[i] * b[i];
    }
    return product;
  }

  static double mean(double[] values) {
    return StatUtils.mean(values);
  }

  private static double relativeVariance(double[] values) {
    double m = mean(values);
    return values.length < 2 || m == 0 ? 0 : StatUtils.variance(values) / (m * m);
  }

  private static double relativeVarianceOfMean(double[] values) {
    return values.length < 2 ? 0 : relativeVariance(values) / values.length;
  }

  private static double median(double[] values) {
    return StatUtils.percentile(values, 50);
  }
}
