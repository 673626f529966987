package org.mfn.bench.alm;

import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.mfn.core.workload.EdgeList;
import org.mfn.core.workload.TopologyGenerator;

/**
 * The routing benchmarks' graphs, by name and size: {@code random} (mean out-degree 8, the
 * 1,000-node/8,000-edge graph of the claims), {@code scale-free} (Barabási-Albert, 4 links per new
 * node: about 8 directed edges per node, with hubs) and {@code fat-tree} (the smallest k-ary
 * fat-tree with hosts of at least the asked node count: 1,344 nodes for 1,000, 9,472 for 10,000).
 * Weights 1..100; seeded.
 */
final class Topologies {
  private Topologies() {}

  /** The same edges as a JGraphT graph, the peer's input. */
  static SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> jgrapht(EdgeList edges) {
    SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> g =
        new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < edges.nodeCount(); v++) {
      g.addVertex(v);
    }
    for (int e = 0; e < edges.edgeCount(); e++) {
      g.setEdgeWeight(g.addEdge(edges.from(e), edges.to(e)), edges.weight(e));
    }
    return g;
  }

  static EdgeList of(String topology, int nodes, long seed) {
    return switch (topology) {
      case "random" -> TopologyGenerator.random(nodes, 8, 100, seed);
      case "scale-free" -> TopologyGenerator.scaleFree(nodes, 4, 100, seed);
      case "fat-tree" -> {
        int k = 2;
        while (5 * k * k / 4 + k * k * k / 4 < nodes) {
          k += 2;
        }
        yield TopologyGenerator.fatTree(k, true, 100, seed);
      }
      default ->
          throw new IllegalArgumentException(
              "unknown topology '" + topology + "': random, scale-free or fat-tree");
    };
  }
}
