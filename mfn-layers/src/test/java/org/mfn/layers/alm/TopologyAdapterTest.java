package org.mfn.layers.alm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mfn.core.workload.TopologyGenerator;

class TopologyAdapterTest {

  /**
   * Hundreds of seeded batches (weights up and down, links down and up, 1% to 30% of the edges) on
   * graphs with ties and unreachable nodes: after every batch the table equals a from-scratch
   * recomputation, and every parent lies on a shortest path.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(TopologyAdapter.Strategy.class)
  void afterEveryBatch_theTableEqualsARecomputation(TopologyAdapter.Strategy strategy) {
    SplittableRandom random = new SplittableRandom(23);
    int[] rows = new int[3];
    for (int graph = 0; graph < 40; graph++) {
      int n = 5 + random.nextInt(60);
      Graph g = Graph.of(TestGraphs.sparse(graph, n, n * (1 + random.nextInt(4)), 6));
      int[] sources = sources(random, n);
      TopologyAdapter adapter = new TopologyAdapter(g, sources);
      for (int batch = 0; batch < 8; batch++) {
        List<LinkChange> changes =
            batch(random, adapter.current().graph(), new double[] {0.01, 0.1, 0.3}[batch % 3]);
        RoutingTable table = adapter.apply(changes, strategy);
        assertSameAsRecomputed(table, sources, "graph " + graph + " batch " + batch);
        int[] last = adapter.lastBatchRows();
        for (int i = 0; i < 3; i++) {
          rows[i] += last[i];
        }
      }
    }
    if (strategy == TopologyAdapter.Strategy.INCREMENTAL) {
      assertThat(rows[0]).as("trees kept").isPositive();
      assertThat(rows[1]).as("trees repaired").isPositive();
    }
    assertThat(rows[2]).as("trees recomputed").isPositive();
  }

  @Test
  void allPairs_onAFatTree_afterLinksGoDown() {
    Graph g = Graph.of(TopologyGenerator.fatTree(4, false, 1, 1));
    TopologyAdapter adapter = new TopologyAdapter(g, TopologyAdapter.allNodes(g));
    int core0 = 0;
    int aggregation = 4; // pod 0, aggregation 0: linked to cores 0 and 1
    RoutingTable t =
        adapter.apply(
            List.of(LinkChange.down(aggregation, core0), LinkChange.down(core0, aggregation)),
            TopologyAdapter.Strategy.INCREMENTAL);
    assertSameAsRecomputed(t, TopologyAdapter.allNodes(g), "fat-tree");
    // core 1, another pod's first aggregation switch, core 0
    assertThat(t.distance(aggregation, core0)).isEqualTo(3.0);
  }

  @Test
  void aBadBatch_isRefusedNamingTheLink_andNothingIsPublished() {
    Graph g = Graph.of(TopologyGenerator.random(20, 3, 5, 2));
    TopologyAdapter adapter = new TopologyAdapter(g, new int[] {0, 1});
    RoutingTable before = adapter.current();
    int absentTo = 0;
    while (g.edgeSlot(5, absentTo) >= 0 || absentTo == 5) {
      absentTo++;
    }
    int missing = absentTo;
    assertThatThrownBy(
            () ->
                adapter.apply(
                    List.of(LinkChange.down(5, missing)), TopologyAdapter.Strategy.INCREMENTAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no edge 5 -> " + missing + " to remove");
    int existing = g.head(g.firstEdge(5));
    assertThatThrownBy(
            () ->
                adapter.apply(
                    List.of(LinkChange.reweight(5, existing, -1)),
                    TopologyAdapter.Strategy.INCREMENTAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of 5 -> " + existing + " must be finite and >= 0: -1.0");
    assertThat(adapter.current()).isSameAs(before);
    assertThatThrownBy(() -> new TopologyAdapter(g, new int[] {3, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source 3 is given twice");
  }

  static void assertSameAsRecomputed(RoutingTable table, int[] sources, String what) {
    Graph g = table.graph();
    Dijkstra fresh = new Dijkstra();
    for (int s : sources) {
      fresh.run(g, s);
      for (int v = 0; v < g.nodeCount(); v++) {
        assertThat(table.distance(s, v))
            .as("%s: %d -> %d", what, s, v)
            .isEqualTo(fresh.distance(v));
        int p = table.parent(s, v);
        if (v == s || table.distance(s, v) == Double.POSITIVE_INFINITY) {
          assertThat(p).as("%s: parent of %d from %d", what, v, s).isEqualTo(Dijkstra.NONE);
        } else {
          int slot = g.edgeSlot(p, v);
          assertThat(slot).as("%s: parent edge %d -> %d", what, p, v).isNotNegative();
          assertThat(table.distance(s, p) + g.weight(slot)).isEqualTo(table.distance(s, v));
        }
      }
    }
  }

  private static int[] sources(SplittableRandom random, int n) {
    int count = 1 + random.nextInt(Math.min(n, 8));
    int[] all = TopologyAdapter.allNodes(Graph.of(TestGraphs.sparse(0, n, 0, 1)));
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    return java.util.Arrays.copyOf(all, count);
  }

  /** Changes about {@code fraction} of the edges: up, down, removed; and adds some new links. */
  static List<LinkChange> batch(SplittableRandom random, Graph g, double fraction) {
    List<LinkChange> changes = new ArrayList<>();
    int count = Math.max(1, (int) Math.round(g.edgeCount() * fraction));
    java.util.Set<Long> touched = new java.util.HashSet<>();
    for (int i = 0; i < count && g.edgeCount() > 0; i++) {
      int slot = random.nextInt(g.edgeCount());
      int from = g.tail(slot);
      int to = g.head(slot);
      if (!touched.add(((long) from << 32) | to)) {
        continue;
      }
      switch (random.nextInt(4)) {
        case 0 -> changes.add(LinkChange.down(from, to));
        case 1 ->
            changes.add(LinkChange.reweight(from, to, g.weight(slot) + 1 + random.nextInt(5)));
        default ->
            changes.add(LinkChange.reweight(from, to, random.nextInt((int) g.weight(slot) + 1)));
      }
    }
    for (int i = 0; i < count / 4 + 1; i++) {
      int a = random.nextInt(g.nodeCount());
      int b = random.nextInt(g.nodeCount());
      if (a != b && g.edgeSlot(a, b) < 0 && touched.add(((long) a << 32) | b)) {
        changes.add(LinkChange.up(a, b, random.nextInt(7)));
      }
    }
    return changes;
  }
}
