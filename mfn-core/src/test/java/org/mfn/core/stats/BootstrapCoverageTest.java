package org.mfn.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Coverage by simulation: how often the 95% interval contains the true mean, over 1,000 seeded
 * trials per case. The binomial standard error at 95% and 1,000 trials is 0.7%.
 */
class BootstrapCoverageTest {
  private static final int TRIALS = 1_000;
  private static final int RESAMPLES = 1_000;

  /** Coverage of the true mean by intervals of {@code forks x iterations} samples. */
  private static double coverage(
      long seed, int forks, int iterations, double forkSd, boolean logNormal, boolean flat) {
    SplittableRandom random = new SplittableRandom(seed);
    double trueMean =
        logNormal ? Math.exp(0.5 * 0.5 * 0.5) * 100 : 100; // E[100 e^X], X ~ N(0, 0.5^2)
    int covered = 0;
    for (int t = 0; t < TRIALS; t++) {
      double[][] samples = new double[forks][iterations];
      for (double[] fork : samples) {
        double forkEffect = forkSd * random.nextGaussian();
        for (int i = 0; i < iterations; i++) {
          fork[i] =
              logNormal
                  ? 100 * Math.exp(0.5 * random.nextGaussian())
                  : 100 + forkEffect + 2 * random.nextGaussian();
        }
      }
      double[][] used =
          flat
              ? new double[][] {Arrays.stream(samples).flatMapToDouble(Arrays::stream).toArray()}
              : samples;
      covered +=
          new HierarchicalBootstrap(RESAMPLES, t).meanInterval(used, 0.95).contains(trueMean)
              ? 1
              : 0;
    }
    return covered / (double) TRIALS;
  }

  @Test
  void normalSamples_coverageNear95() {
    double c = coverage(1, 1, 30, 0, false, false);
    System.out.printf("coverage, normal, 1 fork x 30: %.3f%n", c);
    assertThat(c).isBetween(0.92, 0.98);
  }

  @Test
  void logNormalSamples_coverageNear95() {
    double c = coverage(2, 1, 40, 0, true, false);
    System.out.printf("coverage, log-normal, 1 fork x 40: %.3f%n", c);
    assertThat(c).isBetween(0.92, 0.98);
  }

  @Test
  void forkVariance_hierarchicalKeepsCoverage_flatLosesIt() {
    // Fork means spread with sd 5 while iterations within a fork have sd 2: the fork level
    // dominates, and pooling iterations as if independent understates the uncertainty.
    double hierarchical = coverage(3, 10, 10, 5, false, false);
    double flat = coverage(3, 10, 10, 5, false, true);
    System.out.printf(
        "coverage with fork variance, 10 forks x 10: hierarchical %.3f, flat %.3f%n",
        hierarchical, flat);
    assertThat(hierarchical).isBetween(0.92, 0.98);
    assertThat(flat).isLessThan(0.80);
  }
}
