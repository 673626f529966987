package org.mfn.bench.alm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;
import org.mfn.layers.alm.Dijkstra;
import org.mfn.layers.alm.RoutingTable;

class TopologyAdaptationBenchmarkPremiseTest {

  @Test
  void batchesChangeTheirShareOfEdges_inversesRestoreTheGraph_andBothWaysAgree() throws Exception {
    try (BenchmarkHarness<TopologyAdaptationBenchmark> h =
        BenchmarkHarness.of(TopologyAdaptationBenchmark.class, Map.of("changePercent", "10"))) {
      TopologyAdaptationBenchmark b = h.bench();
      RoutingTable start = b.adapter.current();
      int edges = start.graph().edgeCount();
      assertThat(b.sequence.get(0)).hasSize(edges / 10);
      for (int step = 0; step < 4; step++) {
        int at = 2 * step; // a batch; at + 1 is its inverse
        b.next = at;
        double incremental = (double) h.call("adapt");
        RoutingTable afterIncremental = b.adapter.current();
        h.call("adapt"); // the inverse: back to the start
        b.next = at;
        double recomputed = (double) h.call("recomputeAll");
        assertThat(recomputed).isEqualTo(incremental);
        assertSameDistances(afterIncremental, b.adapter.current());
        h.call("recomputeAll"); // the inverse again
        b.next = at;
        assertThat((double) h.call("incremental")).isEqualTo(incremental);
        h.call("incremental");
      }
      assertThat(b.adapter.current().graph().toEdgeList()).isEqualTo(start.graph().toEdgeList());
    }
  }

  private static void assertSameDistances(RoutingTable a, RoutingTable b) {
    Dijkstra fresh = new Dijkstra();
    for (int s : a.sources()) {
      fresh.run(b.graph(), s);
      for (int v = 0; v < a.graph().nodeCount(); v++) {
        assertThat(a.distance(s, v)).isEqualTo(b.distance(s, v)).isEqualTo(fresh.distance(v));
      }
    }
  }
}
