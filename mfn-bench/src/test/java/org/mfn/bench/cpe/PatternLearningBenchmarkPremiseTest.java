package org.mfn.bench.cpe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class PatternLearningBenchmarkPremiseTest {
  @Test
  void aStepTrainsATrainedModelOnAFullBatch() throws Exception {
    try (BenchmarkHarness<PatternLearningBenchmark> h =
        BenchmarkHarness.of(PatternLearningBenchmark.class, Map.of())) {
      float loss = (float) h.call("trainBatch");
      assertThat(loss).as("the loss of a trained forecaster (scaled units)").isLessThan(0.1f);
      assertThat(h.bench().next).isEqualTo(1);
      assertThat(h.bench().batches[0]).hasSize(32);
    }
  }
}
