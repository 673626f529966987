package org.mfn.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChangePointDetectorTest {
  private final ChangePointDetector detector = new ChangePointDetector();

  private static double[] history(SplittableRandom random, int n, int stepAt, double step) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      double level = i >= stepAt ? 1 + step : 1;
      v[i] = 100 * level * Math.exp(0.02 * random.nextGaussian());
    }
    return v;
  }

  /**
   * The acceptance simulation, printed: 1000 seeded histories of 40 runs with 2% run-to-run noise,
   * +8% from run 20; and 1000 flat ones.
   */
  @Test
  void simulation_stepFoundWithinTwoRunsIn95Percent_flatHistoriesQuietIn95Percent() {
    SplittableRandom random = new SplittableRandom(2026);
    int trials = 1000;
    int found = 0;
    int quiet = 0;
    for (int t = 0; t < trials; t++) {
      List<ChangePoint> step = detector.detect(history(random, 40, 20, 0.08));
      if (step.stream().anyMatch(c -> Math.abs(c.index() - 20) <= 2)) {
        found++;
      }
      if (detector.detect(history(random, 40, 40, 0)).isEmpty()) {
        quiet++;
      }
    }
    System.out.printf(
        "change points: +8%% step at run 20 of 40 (2%% noise) found within 2 runs in %.1f%%;"
            + " flat histories without a change point in %.1f%%%n",
        100.0 * found / trials, 100.0 * quiet / trials);
    assertThat((double) found / trials).isGreaterThanOrEqualTo(0.95);
    assertThat((double) quiet / trials).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void oneWildRun_inAFlatHistory_isNotAChangePoint() {
    SplittableRandom random = new SplittableRandom(7);
    int trials = 500;
    int quiet = 0;
    for (int t = 0; t < trials; t++) {
      double[] v = history(random, 40, 40, 0);
      v[5 + random.nextInt(30)] *= 1.15; // one run 15% slow (7.5 sigma)
      if (detector.detect(v).isEmpty()) {
        quiet++;
      }
    }
    System.out.printf("one wild run (+15%%): no change point in %.1f%%%n", 100.0 * quiet / trials);
    assertThat((double) quiet / trials).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void aCleanStep_isFoundAtItsRun_withItsSize() {
    SplittableRandom random = new SplittableRandom(1);
    double[] v = new double[30];
    for (int i = 0; i < v.length; i++) {
      v[i] = (i < 12 ? 50 : 54) * Math.exp(0.002 * random.nextGaussian());
    }
    List<ChangePoint> points = detector.detect(v);
    assertThat(points).hasSize(1);
    assertThat(points.get(0).index()).isEqualTo(12);
    assertThat(points.get(0).changePercent()).isCloseTo(8.0, within(0.3));
    assertThat(points.get(0).before()).isCloseTo(50, within(0.2));
  }

  @Test
  void twoSteps_areBothFound() {
    SplittableRandom random = new SplittableRandom(3);
    double[] v = new double[60];
    for (int i = 0; i < v.length; i++) {
      double level = i < 20 ? 1 : i < 40 ? 1.1 : 0.95;
      v[i] = 10 * level * Math.exp(0.01 * random.nextGaussian());
    }
    assertThat(detector.detect(v)).extracting(ChangePoint::index).containsExactly(20, 40);
  }

  /** The exact search against brute force over every segmentation of short series. */
  @Test
  void optimalPartitioning_matchesBruteForce() {
    SplittableRandom random = new SplittableRandom(11);
    ChangePointDetector d = new ChangePointDetector(1.0, 2);
    for (int t = 0; t < 200; t++) {
      int n = 6 + random.nextInt(7);
      double[] v = new double[n];
      int step = 2 + random.nextInt(n - 3);
      for (int i = 0; i < n; i++) {
        v[i] = (i < step ? 1 : 1.05) * Math.exp(0.02 * random.nextGaussian());
      }
      List<Integer> got = d.detect(v).stream().map(ChangePoint::index).toList();
      assertThat(got).as("series %d", t).isEqualTo(bruteForce(v, 1.0, 2));
    }
  }

  private static List<Integer> bruteForce(double[] v, double factor, int minSegment) {
    int n = v.length;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.log(v[i]);
    }
    double sigma = ChangePointDetector.robustNoise(x);
    x = ChangePointDetector.clipWildRuns(x, sigma);
    double beta = factor * Math.log(n);
    double bestCost = Double.POSITIVE_INFINITY;
    List<Integer> best = List.of();
    for (int mask = 0; mask < (1 << (n - 1)); mask++) {
      List<Integer> cuts = new ArrayList<>();
      for (int i = 1; i < n; i++) {
        if ((mask & (1 << (i - 1))) != 0) {
          cuts.add(i);
        }
      }
      List<Integer> bounds = new ArrayList<>();
      bounds.add(0);
      bounds.addAll(cuts);
      bounds.add(n);
      boolean ok = true;
      double cost = beta * cuts.size();
      for (int k = 1; k < bounds.size(); k++) {
        int s = bounds.get(k - 1);
        int e = bounds.get(k);
        if (e - s < minSegment) {
          ok = false;
          break;
        }
        double mean = 0;
        for (int i = s; i < e; i++) {
          mean += x[i] / (e - s);
        }
        for (int i = s; i < e; i++) {
          cost += (x[i] - mean) * (x[i] - mean) / (sigma * sigma);
        }
      }
      if (ok && cost < bestCost - 1e-9) {
        bestCost = cost;
        best = cuts;
      }
    }
    return best;
  }

  @Test
  void shortSeries_haveNoChangePoints_andBadValuesAreNamed() {
    assertThat(detector.detect(new double[] {1, 2, 3, 4, 5})).isEmpty();
    assertThatThrownBy(() -> detector.detect(new double[] {1, 2, -3, 4, 5, 6}))
        .hasMessageContaining("value 2 is -3.0");
    assertThatThrownBy(() -> new ChangePointDetector(0, 3)).hasMessageContaining(": 0.0");
    assertThatThrownBy(() -> new ChangePointDetector(3, 0)).hasMessageContaining(": 0");
  }
}
