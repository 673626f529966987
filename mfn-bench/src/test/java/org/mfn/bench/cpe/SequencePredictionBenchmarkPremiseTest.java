package org.mfn.bench.cpe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class SequencePredictionBenchmarkPremiseTest {
  @Test
  void theTrainedPredictor_beatsTheSeasonalNaiveOnTheBenchmarksWindows() throws Exception {
    try (BenchmarkHarness<SequencePredictionBenchmark> h =
        BenchmarkHarness.of(SequencePredictionBenchmark.class, Map.of())) {
      SequencePredictionBenchmark b = h.bench();
      double ours = 0;
      double naive = 0;
      for (int i = 0; i < 256; i++) {
        float actual = b.series[TrainedForecaster.end(i)];
        b.next = i;
        ours += Math.abs((float) h.call("predict") - actual);
        b.next = i;
        naive += Math.abs((float) h.call("seasonalNaive") - actual);
      }
      assertThat(ours).isLessThan(naive);
    }
  }
}
