package org.mfn.bench.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class ModelAdaptationBenchmarkPremiseTest {
  @Test
  void adaptingToNewFlows_keepsTheLossLow() throws Exception {
    try (BenchmarkHarness<ModelAdaptationBenchmark> h =
        BenchmarkHarness.of(ModelAdaptationBenchmark.class, Map.of())) {
      double sum = 0;
      for (int i = 0; i < 64; i++) {
        sum += (float) h.call("adapt");
      }
      assertThat(sum / 64).as("mean loss on new flows of a trained model").isLessThan(0.5);
      assertThat(h.bench().next).isEqualTo(64);
    }
  }
}
