package org.mfn.layers.alm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.mfn.core.workload.EdgeList;
import org.mfn.core.workload.TopologyGenerator;

class YenKShortestPathsTest {

  /**
   * 300 seeded graphs and pairs (ties from small whole weights, unreachable pairs, K from 1 to 8):
   * the same costs as JGraphT's Yen, in order, every path loopless and made of real edges.
   */
  @Test
  void costs_equalJgraphtsYen_pathsLooplessAndSorted() {
    YenKShortestPaths ours = new YenKShortestPaths();
    SplittableRandom random = new SplittableRandom(17);
    int compared = 0;
    for (int trial = 0; trial < 300; trial++) {
      int n = 3 + random.nextInt(40);
      EdgeList edges =
          TestGraphs.sparse(7_000 + trial, n, n + random.nextInt(n * 4), 1 + random.nextInt(4));
      Graph g = Graph.of(edges);
      int s = random.nextInt(n);
      int t = random.nextInt(n - 1);
      t += t >= s ? 1 : 0;
      int k = 1 + random.nextInt(8);
      List<Path> paths = ours.find(g, s, t, k);
      List<GraphPath<Integer, DefaultWeightedEdge>> expected =
          new YenKShortestPath<>(TestGraphs.jgrapht(edges)).getPaths(s, t, k);
      assertThat(paths.stream().map(Path::cost).toList())
          .as("trial %d: %d -> %d, K=%d", trial, s, t, k)
          .isEqualTo(expected.stream().map(GraphPath::getWeight).toList());
      for (int i = 0; i < paths.size(); i++) {
        Path p = paths.get(i);
        assertThat(p.isLoopless()).as(p.toString()).isTrue();
        assertThat(p.node(0)).isEqualTo(s);
        assertThat(p.node(p.length() - 1)).isEqualTo(t);
        assertThat(TestGraphs.cost(g, p.nodes())).isEqualTo(p.cost());
        if (i > 0) {
          assertThat(p.cost()).isGreaterThanOrEqualTo(paths.get(i - 1).cost());
        }
      }
      assertThat(paths).doesNotHaveDuplicates();
      compared += paths.size();
    }
    assertThat(compared).as("paths compared").isGreaterThan(500);
  }

  @Test
  void equalCostPaths_areAllFound() {
    // A fat-tree with unit weights: between hosts of different pods there are (k/2)^2 equal paths.
    Graph g = Graph.of(TopologyGenerator.fatTree(4, true, 1, 1));
    int hosts = 16;
    int firstHost = g.nodeCount() - hosts;
    List<Path> paths = new YenKShortestPaths().find(g, firstHost, g.nodeCount() - 1, 4);
    assertThat(paths).hasSize(4);
    assertThat(paths).allMatch(p -> p.cost() == 6.0);
  }

  @Test
  void moreThanExist_givesThoseThatExist_unreachableGivesNone() {
    // 0 -> 1 -> 3 and 0 -> 2 -> 3: two loopless paths; node 4 unreachable.
    EdgeList edges =
        new EdgeList(5, new int[] {0, 1, 0, 2}, new int[] {1, 3, 2, 3}, new double[] {1, 1, 2, 2});
    Graph g = Graph.of(edges);
    YenKShortestPaths yen = new YenKShortestPaths();
    assertThat(yen.find(g, 0, 3, 10)).extracting(Path::cost).containsExactly(2.0, 4.0);
    assertThat(yen.find(g, 0, 4, 3)).isEmpty();
    assertThat(yen.find(g, 2, 2, 3)).extracting(Path::length).containsExactly(1);
  }

  @Test
  void badInput_isRefusedNamingTheValue() {
    Graph g = Graph.of(TopologyGenerator.random(5, 2, 3, 1));
    YenKShortestPaths yen = new YenKShortestPaths();
    assertThatThrownBy(() -> yen.find(g, 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("K must be at least 1: 0");
    assertThatThrownBy(() -> yen.find(g, 0, 5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target node must be in 0..4: 5");
  }
}
