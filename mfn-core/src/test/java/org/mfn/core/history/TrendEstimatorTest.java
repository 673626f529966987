package org.mfn.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrendEstimatorTest {
  private final TrendEstimator estimator = new TrendEstimator(0.95, 2);

  private static double[] drifting(SplittableRandom random, int n, double perRun, double noise) {
    double[] v = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      v[i] = 100 * Math.exp(perRun * i + noise * random.nextGaussian());
    }
    return v;
  }

  @Test
  void anExactGeometricTrend_isRecovered_andIsADrift() {
    double[] v = new double[20];
    for (int i = 0; i < v.length; i++) {
      v[i] = 10 * Math.pow(1.005, i);
    }
    Trend t = estimator.estimate(v, 5);
    assertThat(t.percentPerRun()).isCloseTo(0.5, within(1e-9));
    assertThat(t.forecast()).isCloseTo(10 * Math.pow(1.005, 24), within(1e-9));
    assertThat(t.driftPercent()).isCloseTo(100 * (Math.pow(1.005, 19) - 1), within(1e-9));
    assertThat(t.drifting()).isTrue();
  }

  /** Against the definition: the median of all pairwise slopes, computed naively here. */
  @Test
  void slope_isTheMedianOfPairwiseSlopes() {
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 50; trial++) {
      double[] v = drifting(random, 4 + random.nextInt(20), 0.003, 0.02);
      java.util.List<Double> slopes = new java.util.ArrayList<>();
      for (int i = 0; i < v.length; i++) {
        for (int j = i + 1; j < v.length; j++) {
          slopes.add((Math.log(v[j]) - Math.log(v[i])) / (j - i));
        }
      }
      java.util.Collections.sort(slopes);
      int m = slopes.size();
      double median =
          m % 2 == 1 ? slopes.get(m / 2) : (slopes.get(m / 2 - 1) + slopes.get(m / 2)) / 2;
      Trend t = estimator.estimate(v, 1);
      assertThat(t.percentPerRun()).isCloseTo(100 * Math.expm1(median), within(1e-9));
      assertThat(t.percentPerRunLower()).isLessThanOrEqualTo(t.percentPerRun());
      assertThat(t.percentPerRunUpper()).isGreaterThanOrEqualTo(t.percentPerRun());
    }
  }

  /** Printed: flat windows flagged, a 0.3%-per-run drift flagged, forecast coverage. */
  @Test
  void simulation_flatWindowsRarelyDrift_slowDriftsAreFlagged_forecastsCoverTheFuture() {
    SplittableRandom random = new SplittableRandom(2026);
    int trials = 1000;
    int falseDrifts = 0;
    int drifts = 0;
    int covered = 0;
    for (int t = 0; t < trials; t++) {
      double[] flat = drifting(random, 29, 0, 0.01);
      falseDrifts += estimator.estimate(flat, 1).drifting() ? 1 : 0;
      double[] slow = drifting(random, 29, 0.003, 0.01);
      drifts += estimator.estimate(slow, 1).drifting() ? 1 : 0;
      double[] series = drifting(random, 34, 0.002, 0.01);
      double[] window = java.util.Arrays.copyOf(series, 30);
      Trend f = estimator.estimate(window, 5);
      double future = series[34];
      covered += future >= f.forecastLower() && future <= f.forecastUpper() ? 1 : 0;
    }
    System.out.printf(
        "trend, 30 runs at 1%% noise: flat flagged %.1f%%; +0.3%%/run flagged %.1f%%; forecast 5"
            + " runs ahead inside its 95%% interval %.1f%%%n",
        100.0 * falseDrifts / trials, 100.0 * drifts / trials, 100.0 * covered / trials);
    assertThat((double) falseDrifts / trials).isLessThanOrEqualTo(0.05);
    assertThat((double) drifts / trials).isGreaterThanOrEqualTo(0.90);
    assertThat((double) covered / trials).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void badInput_isNamed() {
    assertThatThrownBy(() -> estimator.estimate(new double[] {1, 2}, 1))
        .hasMessageContaining("at least 3 runs: 2");
    assertThatThrownBy(() -> estimator.estimate(new double[] {1, 2, 3}, 0))
        .hasMessageContaining(": 0");
    assertThatThrownBy(() -> estimator.estimate(new double[] {1, Double.NaN, 3}, 1))
        .hasMessageContaining("value 1 is NaN");
    assertThatThrownBy(() -> new TrendEstimator(1.5, 2)).hasMessageContaining("1.5");
  }
}
