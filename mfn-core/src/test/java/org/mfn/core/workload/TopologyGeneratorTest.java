package org.mfn.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyGeneratorTest {

  @Test
  void random_hasTheMeanDegree_isStronglyConnected_andIsReproducible() {
    EdgeList g = TopologyGenerator.random(1_000, 8, 10, 42);
    assertThat(g.nodeCount()).isEqualTo(1_000);
    assertThat(g.edgeCount()).isEqualTo(8_000);
    assertThat(stronglyConnected(g)).isTrue();
    assertThat(TopologyGenerator.random(1_000, 8, 10, 42)).isEqualTo(g);
    assertThat(TopologyGenerator.random(1_000, 8, 10, 43)).isNotEqualTo(g);
    for (int e = 0; e < g.edgeCount(); e++) {
      assertThat(g.weight(e)).isBetween(1.0, 10.0);
    }
  }

  @Test
  void scaleFree_hasHubs_andIsStronglyConnected() {
    int n = 2_000;
    int m = 3;
    EdgeList g = TopologyGenerator.scaleFree(n, m, 1, 5);
    assertThat(g.edgeCount()).isEqualTo(2 * (m * (m + 1) / 2 + (n - m - 1) * m));
    assertThat(stronglyConnected(g)).isTrue();
    int[] degree = new int[n];
    for (int e = 0; e < g.edgeCount(); e++) {
      degree[g.from(e)]++;
    }
    int max = java.util.Arrays.stream(degree).max().orElseThrow();
    // Preferential attachment: the largest hub has many times the mean degree (2m = 6).
    assertThat(max).isGreaterThan(10 * 2 * m);
  }

  @Test
  void fatTree_hasTheStandardShape() {
    int k = 8;
    EdgeList g = TopologyGenerator.fatTree(k, true, 1, 1);
    int switches = 5 * k * k / 4;
    int hosts = k * k * k / 4;
    assertThat(g.nodeCount()).isEqualTo(switches + hosts);
    int[] degree = new int[g.nodeCount()];
    for (int e = 0; e < g.edgeCount(); e++) {
      degree[g.from(e)]++;
    }
    for (int v = 0; v < switches; v++) {
      assertThat(degree[v]).as("switch %d has k ports in use", v).isEqualTo(k);
    }
    for (int v = switches; v < g.nodeCount(); v++) {
      assertThat(degree[v]).as("host %d", v).isEqualTo(1);
    }
    assertThat(stronglyConnected(g)).isTrue();
  }

  @Test
  void badArguments_areRefusedNamingTheValue() {
    assertThatThrownBy(() -> TopologyGenerator.random(1, 1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a random graph needs at least 2 nodes: 1");
    assertThatThrownBy(() -> TopologyGenerator.random(10, 10, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mean degree must be in 1..9 for 10 nodes: 10.0");
    assertThatThrownBy(() -> TopologyGenerator.fatTree(5, false, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a fat-tree needs an even k of at least 2: 5");
    assertThatThrownBy(() -> TopologyGenerator.scaleFree(3, 3, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a scale-free graph with 3 links per node needs more than 3 nodes: 3");
    assertThatThrownBy(() -> TopologyGenerator.random(10, 2, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the largest weight must be at least 1: 0");
    assertThatThrownBy(
            () -> new EdgeList(2, new int[] {0, 0}, new int[] {1, 1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("edge 1 repeats the edge 0 -> 1");
  }

  /** Every node reaches node 0 and node 0 reaches every node. */
  private static boolean stronglyConnected(EdgeList g) {
    return reachesAll(g, false) && reachesAll(g, true);
  }

  private static boolean reachesAll(EdgeList g, boolean reversed) {
    List<List<Integer>> adjacency = new ArrayList<>();
    for (int v = 0; v < g.nodeCount(); v++) {
      adjacency.add(new ArrayList<>());
    }
    for (int e = 0; e < g.edgeCount(); e++) {
      int a = reversed ? g.to(e) : g.from(e);
      int b = reversed ? g.from(e) : g.to(e);
      adjacency.get(a).add(b);
    }
    boolean[] seen = new boolean[g.nodeCount()];
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
    seen[0] = true;
    int count = 1;
    while (!queue.isEmpty()) {
      for (int next : adjacency.get(queue.poll())) {
        if (!seen[next]) {
          seen[next] = true;
          count++;
          queue.add(next);
        }
      }
    }
    return count == g.nodeCount();
  }
}
