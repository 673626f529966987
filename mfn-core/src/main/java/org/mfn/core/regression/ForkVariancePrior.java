package org.mfn.core.regression;

import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * What the suite's benchmarks say about fork-to-fork variance: a scaled inverse chi-square prior
 * for the relative variance of one benchmark's fork means, fitted to all benchmarks of a
 * comparison, so that a benchmark measured with 2 or 3 forks borrows strength from the others.
 *
 * <p>Each benchmark's relative variance {@code s^2} (with {@code d} degrees of freedom, forks less
 * one in each run) is shrunk toward the suite's typical value {@code s0^2}: {@code (d0 s0^2 + d
 * s^2) / (d0 + d)} with {@code d0 + d} degrees of freedom. {@code d0} and {@code s0^2} are fitted
 * by the method of moments on {@code log s^2} (Smyth 2004, the moderated t of limma): when the
 * benchmarks' variances differ no more than sampling explains, {@code d0} is large and every
 * benchmark gets the suite's value; when they differ a lot, {@code d0} is small and each keeps
 * mostly its own. Immutable.
 *
 * <p>[1] G. K. Smyth, "Linear models and empirical Bayes methods for assessing differential
 * expression in microarray experiments", Statistical Applications in Genetics and Molecular Biology
 * 3(1), 2004, section 6.2.
 *
 * @param priorDf {@code d0}, the prior's degrees of freedom (at most {@link #MAX_DF}, which stands
 *     for "the variances are all alike")
 * @param priorVariance {@code s0^2}, the suite's typical relative variance of a fork mean
 * @param benchmarks how many benchmarks it was fitted to
 */
public record ForkVariancePrior(double priorDf, double priorVariance, int benchmarks) {
  /** The degrees of freedom that stand for an infinitely sure prior. */
  public static final double MAX_DF = 1e6;

  /** The fewest benchmarks with fork-to-fork variance from which a prior is fitted. */
  public static final int MIN_BENCHMARKS = 3;

  /** One benchmark's own estimate: relative variance and its degrees of freedom. */
  record Observed(double variance, int df) {}

  /**
   * Fits the prior.
   *
   * @param observed the benchmarks' own estimates; those with no degrees of freedom or a zero
   *     variance do not count
   * @return the prior, or null with fewer than {@link #MIN_BENCHMARKS} usable benchmarks
   */
  static ForkVariancePrior fit(List<Observed> observed) {
    List<Observed> usable = observed.stream().filter(o -> o.df() > 0 && o.variance() > 0).toList();
    int n = usable.size();
    if (n < MIN_BENCHMARKS) {
      return null;
    }
    double[] e = new double[n];
    double meanTrigamma = 0;
    for (int j = 0; j < n; j++) {
      double half = usable.get(j).df() / 2.0;
      e[j] = Math.log(usable.get(j).variance()) - Gamma.digamma(half) + Math.log(half);
      meanTrigamma += Gamma.trigamma(half) / n;
    }
    double mean = 0;
    for (double v : e) {
      mean += v / n;
    }
    double spread = 0;
    for (double v : e) {
      spread += (v - mean) * (v - mean) / (n - 1);
    }
    double excess = spread - meanTrigamma;
    if (excess <= 0) {
      return new ForkVariancePrior(MAX_DF, Math.exp(mean), n);
    }
    double d0 = Math.min(MAX_DF, 2 * trigammaInverse(excess));
    return new ForkVariancePrior(d0, Math.exp(mean + Gamma.digamma(d0 / 2) - Math.log(d0 / 2)), n);
  }

  /**
   * The moderated variance of a benchmark and its degrees of freedom.
   *
   * @param own the benchmark's own relative variance (ignored when {@code df} is 0)
   * @param df its degrees of freedom, 0 when it has no fork-to-fork variance of its own
   * @return {@code {variance, degrees of freedom}}
   */
  double[] moderate(double own, int df) {
    double variance = (priorDf * priorVariance + df * own) / (priorDf + df);
    return new double[] {variance, priorDf + df};
  }

  /** Solves {@code trigamma(y) = x} for y > 0; trigamma decreases, so bisection in log space. */
  static double trigammaInverse(double x) {
    double lo = 1e-8;
    double hi = 1e8;
    for (int i = 0; i < 200; i++) {
      double mid = Math.sqrt(lo * hi);
      if (Gamma.trigamma(mid) > x) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return Math.sqrt(lo * hi);
  }
}
