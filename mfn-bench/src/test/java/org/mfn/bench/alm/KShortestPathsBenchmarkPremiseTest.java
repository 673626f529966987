package org.mfn.bench.alm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class KShortestPathsBenchmarkPremiseTest {

  @Test
  void oursAndJgrapht_findPathsOfTheSameTotalCost() throws Exception {
    try (BenchmarkHarness<KShortestPathsBenchmark> h =
        BenchmarkHarness.of(KShortestPathsBenchmark.class, Map.of())) {
      assertThat(h.callEveryMethodOnce()).hasSize(2);
      KShortestPathsBenchmark b = h.bench();
      for (int q = 0; q < 16; q++) {
        b.next = q;
        double ours = (double) h.call("yen");
        b.next = q;
        double peer = (double) h.call("jgraphtYen");
        assertThat(ours).as("pair %d", q).isEqualTo(peer).isPositive();
        b.next = q;
        assertThat(b.yen.find(b.graph, b.sources[q], b.targets[q], b.k)).hasSize(b.k);
      }
    }
  }
}
