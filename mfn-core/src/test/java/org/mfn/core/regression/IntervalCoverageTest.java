package org.mfn.core.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mfn.core.result.BenchmarkResult;

/**
 * Simulated coverage of the comparison's 95% ratio intervals when nothing changed (A/A): suites of
 * 30 benchmarks whose fork-to-fork noise differs from benchmark to benchmark (1% to 4%,
 * log-uniform), 1% iteration noise, 5 iterations per fork. A flat bootstrap of iterations covered
 * 40% here at one fork and the hierarchical bootstrap 84% at two; the moderated t must cover 93-97%
 * at 2, 3 and 5.
 */
class IntervalCoverageTest {
  private static final int BENCHMARKS = 30;
  private static final int SUITES = 150;

  private static double[][] run(SplittableRandom random, int forks, double forkSd) {
    double[][] samples = new double[forks][5];
    for (double[] fork : samples) {
      double level = 100 * Math.exp(forkSd * random.nextGaussian());
      for (int i = 0; i < fork.length; i++) {
        fork[i] = level * (1 + 0.01 * random.nextGaussian());
      }
    }
    return samples;
  }

  private static BenchmarkResult result(int b, double[][] samples) {
    List<List<Double>> lists = new ArrayList<>();
    for (double[] fork : samples) {
      List<Double> f = new ArrayList<>();
      for (double v : fork) {
        f.add(v);
      }
      lists.add(f);
    }
    return OperatingCharacteristics.simulated("b" + b, lists);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 5})
  void aaRatioIntervals_coverTheTrueRatio_93to97Percent(int forks) {
    SplittableRandom random = new SplittableRandom(100 + forks);
    RegressionDetector detector = new RegressionDetector(new ComparisonSettings(5, 0.95, 100));
    int covered = 0;
    int intervals = 0;
    for (int suite = 0; suite < SUITES; suite++) {
      List<BenchmarkResult> old = new ArrayList<>();
      List<BenchmarkResult> now = new ArrayList<>();
      for (int b = 0; b < BENCHMARKS; b++) {
        double forkSd = 0.01 * Math.pow(4, random.nextDouble());
        old.add(result(b, run(random, forks, forkSd)));
        now.add(result(b, run(random, forks, forkSd)));
      }
      for (MetricComparison c : detector.compare(old, now).comparisons()) {
        intervals++;
        covered +=
            c.change().ratioInterval().lower() <= 1 && 1 <= c.change().ratioInterval().upper()
                ? 1
                : 0;
      }
    }
    double coverage = covered / (double) intervals;
    System.out.printf("%d forks: coverage of the 95%% interval %.1f%%%n", forks, 100 * coverage);
    assertThat(coverage).isBetween(0.93, 0.97);
  }
}
