package org.mfn.bench.alm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mfn.bench.BenchmarkHarness;

class DijkstraBenchmarkPremiseTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"random", "scale-free", "fat-tree"})
  void oursAndJgrapht_giveTheSameDistances_onTheSamePairs(String topology) throws Exception {
    try (BenchmarkHarness<DijkstraBenchmark> h =
        BenchmarkHarness.of(DijkstraBenchmark.class, Map.of("topology", topology))) {
      assertThat(h.callEveryMethodOnce()).hasSize(4);
      DijkstraBenchmark b = h.bench();
      for (int q = 0; q < 64; q++) {
        b.next = q;
        double ours = (double) h.call("dijkstra");
        b.next = q;
        double peer = (double) h.call("jgraphtDijkstra");
        b.next = q;
        double oneToOne = (double) h.call("oneToOne");
        b.next = q;
        double peerOneToOne = (double) h.call("jgraphtOneToOne");
        assertThat(ours)
            .as("pair %d", q)
            .isEqualTo(peer)
            .isEqualTo(oneToOne)
            .isEqualTo(peerOneToOne);
        assertThat(ours).isFinite(); // every topology is strongly connected
      }
      assertThat(b.graph.nodeCount()).isGreaterThanOrEqualTo(1000);
    }
  }
}
