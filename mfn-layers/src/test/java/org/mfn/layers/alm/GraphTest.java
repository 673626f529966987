package org.mfn.layers.alm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mfn.core.workload.EdgeList;

class GraphTest {

  @Test
  void csr_holdsExactlyTheEdgeList() {
    EdgeList edges = TestGraphs.sparse(3, 50, 300, 9);
    Graph g = Graph.of(edges);
    assertThat(g.edgeCount()).isEqualTo(edges.edgeCount());
    for (int e = 0; e < edges.edgeCount(); e++) {
      int slot = g.edgeSlot(edges.from(e), edges.to(e));
      assertThat(slot).isNotNegative();
      assertThat(g.weight(slot)).isEqualTo(edges.weight(e));
      assertThat(g.tail(slot)).isEqualTo(edges.from(e));
    }
    assertThat(Graph.of(g.toEdgeList()).toEdgeList()).isEqualTo(g.toEdgeList());
  }

  /** Random edits against a map of edges (the model); the original graph never changes. */
  @Test
  void editor_matchesAModelOfTheEdges_andLeavesTheOriginalAlone() {
    SplittableRandom random = new SplittableRandom(8);
    Graph g = Graph.of(TestGraphs.sparse(8, 30, 120, 5));
    EdgeList original = g.toEdgeList();
    Map<Long, Double> model = new HashMap<>();
    for (int e = 0; e < original.edgeCount(); e++) {
      model.put(key(original.from(e), original.to(e)), original.weight(e));
    }
    GraphEditor editor = g.edit();
    int nodes = g.nodeCount();
    for (int step = 0; step < 2_000; step++) {
      int a = random.nextInt(nodes);
      int b = random.nextInt(nodes);
      if (a == b) {
        continue;
      }
      long k = key(a, b);
      double w = random.nextInt(10);
      if (model.containsKey(k)) {
        if (random.nextBoolean()) {
          editor.setWeight(a, b, w);
          model.put(k, w);
        } else {
          editor.removeEdge(a, b);
          model.remove(k);
        }
      } else {
        editor.addEdge(a, b, w);
        model.put(k, w);
      }
      if (step == 1_000) {
        nodes = editor.addNode() + 1;
      }
    }
    Graph next = editor.build();
    assertThat(next.nodeCount()).isEqualTo(31);
    assertThat(next.edgeCount()).isEqualTo(model.size());
    model.forEach(
        (k, w) ->
            assertThat(next.weight(next.edgeSlot((int) (k >>> 32), (int) (long) k))).isEqualTo(w));
    assertThat(g.toEdgeList()).isEqualTo(original);
  }

  @Test
  void weightOnlyEdits_shareTheStructure() {
    Graph g = Graph.of(TestGraphs.sparse(1, 10, 30, 5));
    int slot = 0;
    Graph next = g.edit().setWeight(g.tail(slot), g.head(slot), 99).build();
    assertThat(next.weight(slot)).isEqualTo(99);
    assertThat(g.weight(slot)).isNotEqualTo(99);
  }

  @Test
  void badEdits_areRefusedNamingTheValue() {
    Graph g = Graph.of(new EdgeList(3, new int[] {0}, new int[] {1}, new double[] {1}));
    assertThatThrownBy(() -> g.edit().addEdge(0, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("edge 0 -> 1 exists already");
    assertThatThrownBy(() -> g.edit().addEdge(1, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a self-loop at node 1 is not an edge");
    assertThatThrownBy(() -> g.edit().setWeight(1, 2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no edge 1 -> 2 to reweight");
    assertThatThrownBy(() -> g.edit().addEdge(0, 2, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of 0 -> 2 must be finite and >= 0: NaN");
    assertThatThrownBy(() -> g.edgeSlot(0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to node must be in 0..2: 3");
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | b;
  }
}
