package org.mfn.bench.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class LstmTrainingBenchmarkPremiseTest {
  @Test
  void aStepTrainsOnAFullBatch_ofATrainedModel_andCountsItsFlops() throws Exception {
    try (BenchmarkHarness<LstmTrainingBenchmark> h =
        BenchmarkHarness.of(LstmTrainingBenchmark.class, Map.of())) {
      LstmTrainingBenchmark b = h.bench();
      float loss = (float) h.call("trainBatch");
      assertThat(loss).as("a trained model's loss").isLessThan(0.5f);
      // 32 x 3 x (2 x 4 x 32 x (4 + 32) x 24 + 2 x 256 x 32)
      assertThat(b.flopsPerStep).isEqualTo(22_806_528L);
      assertThat(b.start).isEqualTo(32);
    }
  }
}
