package org.mfn.layers.alm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Test;
import org.mfn.core.workload.EdgeList;
import org.mfn.core.workload.TopologyGenerator;

class DijkstraTest {

  /** 300 seeded graphs with ties, zero weights and unreachable nodes: every distance as JGraphT. */
  @Test
  void distances_equalJgraphts_onSeededRandomGraphs() {
    Dijkstra ours = new Dijkstra();
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 300; trial++) {
      int n = 2 + random.nextInt(120);
      EdgeList edges =
          TestGraphs.sparse(trial, n, random.nextInt(n * 4 + 1), 1 + random.nextInt(5));
      Graph g = Graph.of(edges);
      SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> reference =
          TestGraphs.jgrapht(edges);
      int source = random.nextInt(n);
      ours.run(g, source);
      SingleSourcePaths<Integer, DefaultWeightedEdge> expected =
          new DijkstraShortestPath<>(reference).getPaths(source);
      for (int v = 0; v < n; v++) {
        assertThat(ours.distance(v))
            .as("trial %d, %d -> %d", trial, source, v)
            .isEqualTo(expected.getWeight(v));
        int[] path = ours.path(v);
        if (ours.distance(v) == Double.POSITIVE_INFINITY) {
          assertThat(path).isEmpty();
        } else {
          assertThat(path[0]).isEqualTo(source);
          assertThat(path[path.length - 1]).isEqualTo(v);
          assertThat(TestGraphs.cost(g, path)).isEqualTo(ours.distance(v));
        }
      }
    }
  }

  @Test
  void oneToOne_equalsOneToAll_andUnreachableIsEmpty() {
    Dijkstra all = new Dijkstra();
    Dijkstra one = new Dijkstra();
    SplittableRandom random = new SplittableRandom(9);
    for (int trial = 0; trial < 200; trial++) {
      int n = 2 + random.nextInt(80);
      Graph g = Graph.of(TestGraphs.sparse(1000 + trial, n, random.nextInt(n * 3 + 1), 4));
      int s = random.nextInt(n);
      int t = random.nextInt(n);
      all.run(g, s);
      assertThat(one.run(g, s, t)).isEqualTo(all.distance(t));
      if (all.distance(t) == Double.POSITIVE_INFINITY) {
        assertThat(one.path(t)).isEmpty();
      } else {
        assertThat(TestGraphs.cost(g, one.path(t))).isEqualTo(all.distance(t));
      }
    }
  }

  @Test
  void repeatedCalls_allocateNothing_afterTheFirst() {
    Graph g = Graph.of(TopologyGenerator.random(1_000, 8, 10, 3));
    Dijkstra d = new Dijkstra();
    d.run(g, 0);
    d.run(g, 1, 2);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    double sum = 0;
    for (int i = 0; i < 200; i++) {
      d.run(g, i);
      sum += d.distance(999 - i);
      sum += d.run(g, i, 500 + i);
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    assertThat(sum).isPositive();
    assertThat(allocated).as("bytes allocated by 400 searches").isLessThan(4_096);
  }

  @Test
  void badInput_isRefusedNamingTheValue() {
    Graph g = Graph.of(TopologyGenerator.random(10, 2, 3, 1));
    Dijkstra d = new Dijkstra();
    assertThatThrownBy(() -> d.run(g, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source node must be in 0..9: 10");
    assertThatThrownBy(() -> d.run(g, 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target node must be in 0..9: -1");
    assertThatThrownBy(
            () -> new EdgeList(3, new int[] {0}, new int[] {1}, new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("edge 0 (0 -> 1) has weight NaN; weights must be finite and >= 0");
    assertThatThrownBy(() -> new EdgeList(3, new int[] {0}, new int[] {1}, new double[] {-2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has weight -2.0");
  }
}
