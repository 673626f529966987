package org.mfn.bench.cpe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class AttentionBenchmarkPremiseTest {
  @Test
  void aPassComputesAnOutput_andTheFlopCountIsTheFormulas() throws Exception {
    try (BenchmarkHarness<AttentionBenchmark> h =
        BenchmarkHarness.of(AttentionBenchmark.class, Map.of())) {
      float first = (float) h.call("multiHead");
      float second = (float) h.call("multiHead");
      assertThat(first).isFinite().isNotEqualTo(second); // different sequences
      // 4 projections 2 x 64 x 128 x 128, plus 2 x 2 x (64 x 65 / 2) x 128 for scores and sums
      assertThat(h.bench().flopsPerPass).isEqualTo(8_388_608L + 1_064_960L);
    }
  }
}
