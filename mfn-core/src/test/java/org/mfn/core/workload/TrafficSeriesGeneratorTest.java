package org.mfn.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrafficSeriesGeneratorTest {
  @Test
  void series_arePositive_reproducible_andDailySeasonal() {
    int length = 24 * 7 * 4;
    float[] s = TrafficSeriesGenerator.series(20, length, 3);
    assertThat(s).hasSize(20 * length);
    for (float v : s) {
      assertThat(v).isPositive().isFinite();
    }
    assertThat(TrafficSeriesGenerator.series(20, length, 3)).containsExactly(s);
    double day = 0;
    double halfDay = 0;
    for (int d = 0; d < 20; d++) {
      day += autocorrelation(s, d * length, length, 24);
      halfDay += autocorrelation(s, d * length, length, 12);
    }
    assertThat(day / 20).as("autocorrelation a day apart").isGreaterThan(0.5);
    assertThat(halfDay / 20).as("half a day apart").isLessThan(0);
  }

  @Test
  void contexts_clusterAroundTheirCentres_andBadCountsAreRefused() {
    float[] c = TrafficSeriesGenerator.contexts(100, 64, 5, 1);
    assertThat(c).hasSize(6_400);
    assertThat(TrafficSeriesGenerator.contexts(100, 64, 5, 1)).containsExactly(c);
    assertThatThrownBy(() -> TrafficSeriesGenerator.series(1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a series needs at least 2 intervals: 1");
    assertThatThrownBy(() -> TrafficSeriesGenerator.contexts(1, 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contexts need a count, width and cluster count of at least 1: 1, 0, 1");
  }

  private static double autocorrelation(float[] s, int off, int n, int lag) {
    double mean = 0;
    for (int i = 0; i < n; i++) {
      mean += s[off + i];
    }
    mean /= n;
    double num = 0;
    double den = 0;
    for (int i = 0; i < n; i++) {
      double d = s[off + i] - mean;
      den += d * d;
      if (i + lag < n) {
        num += d * (s[off + i + lag] - mean);
      }
    }
    return num / den;
  }
}
