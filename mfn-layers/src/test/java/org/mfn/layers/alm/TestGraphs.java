package org.mfn.layers.alm;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.mfn.core.workload.EdgeList;

/** Seeded graphs for the routing tests, and the same graphs in JGraphT, the reference. */
final class TestGraphs {
  private TestGraphs() {}

  /**
   * A random directed graph that need not be connected (some nodes unreachable), with whole weights
   * in {@code 0 .. maxWeight} so that equal-cost paths (ties) and zero-weight edges occur.
   */
  static EdgeList sparse(long seed, int nodes, int edges, int maxWeight) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<Long> seen = new HashSet<>();
    int[] from = new int[edges];
    int[] to = new int[edges];
    double[] weight = new double[edges];
    int m = 0;
    int attempts = 0;
    while (m < edges && attempts++ < edges * 50) {
      int a = random.nextInt(nodes);
      int b = random.nextInt(nodes);
      if (a != b && seen.add(((long) a << 32) | b)) {
        from[m] = a;
        to[m] = b;
        weight[m] = random.nextInt(maxWeight + 1);
        m++;
      }
    }
    return new EdgeList(
        nodes,
        java.util.Arrays.copyOf(from, m),
        java.util.Arrays.copyOf(to, m),
        java.util.Arrays.copyOf(weight, m));
  }

  /** The same graph in JGraphT. */
  static SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> jgrapht(EdgeList edges) {
    SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> g =
        new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < edges.nodeCount(); v++) {
      g.addVertex(v);
    }
    for (int e = 0; e < edges.edgeCount(); e++) {
      DefaultWeightedEdge edge = g.addEdge(edges.from(e), edges.to(e));
      g.setEdgeWeight(edge, edges.weight(e));
    }
    return g;
  }

  /** The same graph in JGraphT, from our CSR form. */
  static SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> jgrapht(Graph graph) {
    return jgrapht(graph.toEdgeList());
  }

  /** The sum of the weights along a path, failing if a step is not an edge. */
  static double cost(Graph g, int[] path) {
    double sum = 0;
    for (int i = 0; i + 1 < path.length; i++) {
      int slot = g.edgeSlot(path[i], path[i + 1]);
      if (slot < 0) {
        throw new AssertionError("no edge " + path[i] + " -> " + path[i + 1]);
      }
      sum += g.weight(slot);
    }
    return sum;
  }
}
