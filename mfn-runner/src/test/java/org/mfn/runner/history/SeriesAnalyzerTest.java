package org.mfn.runner.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeriesAnalyzerTest {
  private static List<HistoryPoint> series(double step, int at, int n) {
    SplittableRandom random = new SplittableRandom(42);
    List<HistoryPoint> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double mean = 100 * (i >= at ? 1 + step : 1) * Math.exp(0.01 * random.nextGaussian());
      points.add(
          new HistoryPoint(
              100 + i,
              "2026-11-" + String.format(java.util.Locale.ROOT, "%02d", 1 + i % 28) + "T00:00:00Z",
              "b",
              "{}",
              "us/op",
              i == 7 ? null : mean, // a run without a sample is left out
              mean * 0.99,
              mean * 1.01,
              5,
              "MFN",
              "c" + i));
    }
    return points;
  }

  @Test
  void aStep_isAttributedToTheFirstRunAfterIt_andTheCommitsBetween() {
    SeriesAnalysis a = new SeriesAnalyzer(20, 5, 5, 0.95).analyze(series(0.10, 25, 40));
    assertThat(a.runs()).isEqualTo(39);
    assertThat(a.changePoints()).hasSize(1);
    ChangePointAt c = a.changePoints().get(0);
    assertThat(c.firstChangedRunId()).isEqualTo(125);
    assertThat(c.firstChangedCommit()).isEqualTo("c25");
    assertThat(c.lastGoodRunId()).isEqualTo(124);
    assertThat(c.lastGoodCommit()).isEqualTo("c24");
    assertThat(c.changePercent()).isBetween(8.0, 12.0);
    assertThat(c.unit()).isEqualTo("us/op");
    assertThat(a.trend().runs()).isEqualTo(20);
  }

  @Test
  void aFlatSeries_hasNoChangePoint_andAShortOneNoTrend() {
    assertThat(new SeriesAnalyzer(20, 5, 5, 0.95).analyze(series(0, 40, 40)).changePoints())
        .isEmpty();
    assertThat(new SeriesAnalyzer(20, 5, 5, 0.95).analyze(series(0, 2, 2)).trend()).isNull();
    assertThatThrownBy(() -> new SeriesAnalyzer(2, 5, 5, 0.95)).hasMessageContaining(": 2");
  }
}
