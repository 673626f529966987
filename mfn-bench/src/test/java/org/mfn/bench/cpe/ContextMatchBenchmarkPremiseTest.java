package org.mfn.bench.cpe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class ContextMatchBenchmarkPremiseTest {
  @Test
  void oursAndTheNaiveScan_findAnEquallySimilarBest() throws Exception {
    try (BenchmarkHarness<ContextMatchBenchmark> h =
        BenchmarkHarness.of(ContextMatchBenchmark.class, Map.of("contexts", "2000"))) {
      assertThat(h.callEveryMethodOnce()).hasSize(2);
      ContextMatchBenchmark b = h.bench();
      for (int q = 0; q < 64; q++) {
        b.next = q;
        int ours = (int) h.call("match");
        b.next = q;
        int naive = (int) h.call("naiveScan");
        int at = q * ContextMatchBenchmark.WIDTH;
        assertThat(b.naive.cosine(b.queries, at, ours))
            .isCloseTo(b.naive.cosine(b.queries, at, naive), within(1e-5));
      }
    }
  }
}
