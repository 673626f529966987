package org.mfn.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SteadyStateTest {

  @Test
  void mannKendall_handWorkedSeries() {
    // 1..5 strictly rising: S = 10, Var = 5*4*15/18 = 16.667, z = (10-1)/4.0825 = 2.2045.
    assertThat(SteadyState.mannKendallP(new double[] {1, 2, 3, 4, 5}))
        .isCloseTo(0.027486, within(1e-5));
    assertThat(SteadyState.senSlope(new double[] {1, 3, 5, 7})).isEqualTo(2.0);
  }

  @Test
  void flatNoisySeries_steady() {
    SplittableRandom random = new SplittableRandom(1);
    double[][] forks = new double[3][20];
    for (double[] fork : forks) {
      for (int i = 0; i < fork.length; i++) {
        fork[i] = 100 + random.nextGaussian();
      }
    }
    assertThat(SteadyState.of(forks).status()).isEqualTo(SteadyState.Status.STEADY);
  }

  @Test
  void slowdownOfTenPercentOverTheRun_trendingWithPositiveDrift() {
    SplittableRandom random = new SplittableRandom(2);
    double[][] forks = new double[2][20];
    for (double[] fork : forks) {
      for (int i = 0; i < fork.length; i++) {
        fork[i] = 100 + 10.0 * i / 19 + 0.5 * random.nextGaussian();
      }
    }
    SteadyState s = SteadyState.of(forks);
    assertThat(s.status()).isEqualTo(SteadyState.Status.TRENDING);
    assertThat(s.driftPercent()).isBetween(7.0, 13.0);
  }

  @Test
  void significantButTinyTrend_steady() {
    double[][] forks = new double[1][30];
    for (int i = 0; i < 30; i++) {
      forks[0][i] = 100 + 0.01 * i; // 0.29% over the run: real, but below the 2% that matters
    }
    assertThat(SteadyState.of(forks).status()).isEqualTo(SteadyState.Status.STEADY);
  }

  @Test
  void threeIterations_tooFewToTell() {
    assertThat(SteadyState.of(new double[][] {{3, 2, 1}}).status())
        .isEqualTo(SteadyState.Status.TOO_FEW_ITERATIONS);
  }
}
