package org.mfn.bench.cpe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class MultiHorizonForecastBenchmarkPremiseTest {
  @Test
  void bothForecastEveryHorizon_andOursIsCloserAtHorizon20() throws Exception {
    try (BenchmarkHarness<MultiHorizonForecastBenchmark> h =
        BenchmarkHarness.of(MultiHorizonForecastBenchmark.class, Map.of())) {
      MultiHorizonForecastBenchmark b = h.bench();
      double ours = 0;
      double naive = 0;
      for (int i = 0; i < 256; i++) {
        float actual = b.trained.heldOut[TrainedForecaster.end(i) - 1 + 20];
        b.next = i;
        ours += Math.abs((float) h.call("forecast") - actual);
        b.next = i;
        naive += Math.abs((float) h.call("seasonalNaive") - actual);
      }
      assertThat(ours).isLessThan(naive);
    }
  }
}
