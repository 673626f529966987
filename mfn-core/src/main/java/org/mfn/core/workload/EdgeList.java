package org.mfn.core.workload;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A directed weighted graph as parallel edge arrays: edge {@code i} goes from {@code from[i]} to
 * {@code to[i]} with weight {@code weight[i]}. What the topology generators produce and a routing
 * graph is built from; immutable (the arrays are copied in and out).
 *
 * <p>Invariants: nodes are {@code 0 .. nodeCount-1}; no self-loops; no parallel edges (at most one
 * edge from a node to another); weights finite and non-negative.
 */
public final class EdgeList {
  private final int nodeCount;
  private final int[] from;
  private final int[] to;
  private final double[] weight;

  /**
   * Checks and copies the edges.
   *
   * @param nodeCount nodes, at least 1
   * @param from tail of each edge
   * @param to head of each edge
   * @param weight weight of each edge, finite and {@code >= 0}
   * @throws IllegalArgumentException naming the first edge that breaks an invariant
   */
  public EdgeList(int nodeCount, int[] from, int[] to, double[] weight) {
    if (nodeCount < 1) {
      throw new IllegalArgumentException("a graph needs at least 1 node: " + nodeCount);
    }
    if (from.length != to.length || from.length != weight.length) {
      throw new IllegalArgumentException(
          "edge arrays differ in length: " + from.length + ", " + to.length + ", " + weight.length);
    }
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < from.length; i++) {
      String edge = "edge " + i + " (" + from[i] + " -> " + to[i] + ")";
      if (from[i] < 0 || from[i] >= nodeCount || to[i] < 0 || to[i] >= nodeCount) {
        throw new IllegalArgumentException(edge + " names a node outside 0.." + (nodeCount - 1));
      }
      if (from[i] == to[i]) {
        throw new IllegalArgumentException("edge " + i + " is a self-loop at node " + from[i]);
      }
      if (!(weight[i] >= 0) || Double.isInfinite(weight[i])) {
        throw new IllegalArgumentException(
            edge + " has weight " + weight[i] + "; weights must be finite and >= 0");
      }
      if (!seen.add(((long) from[i] << 32) | to[i])) {
        throw new IllegalArgumentException(
            "edge " + i + " repeats the edge " + from[i] + " -> " + to[i]);
      }
    }
    this.nodeCount = nodeCount;
    this.from = from.clone();
    this.to = to.clone();
    this.weight = weight.clone();
  }

  /** Returns the number of nodes. */
  public int nodeCount() {
    return nodeCount;
  }

  /** Returns the number of edges. */
  public int edgeCount() {
    return from.length;
  }

  /** Returns the tail of an edge. */
  public int from(int edge) {
    return from[edge];
  }

  /** Returns the head of an edge. */
  public int to(int edge) {
    return to[edge];
  }

  /** Returns the weight of an edge. */
  public double weight(int edge) {
    return weight[edge];
  }

  /** Returns the mean out-degree, edges per node. */
  public double meanDegree() {
    return from.length / (double) nodeCount;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EdgeList e
        && nodeCount == e.nodeCount
        && Arrays.equals(from, e.from)
        && Arrays.equals(to, e.to)
        && Arrays.equals(weight, e.weight);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * nodeCount + Arrays.hashCode(from)) + Arrays.hashCode(to))
        + Arrays.hashCode(weight);
  }

  @Override
  public String toString() {
    return "EdgeList[" + nodeCount + " nodes, " + from.length + " edges]";
  }
}
