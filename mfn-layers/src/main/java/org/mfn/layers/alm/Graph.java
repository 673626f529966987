package org.mfn.layers.alm;

import java.util.Arrays;
import org.mfn.core.workload.EdgeList;

/**
 * An immutable directed weighted graph in compressed sparse rows: the out-edges of node {@code v}
 * are the slots {@code firstEdge(v) .. firstEdge(v+1)-1}, each with a head ({@link #head}) and a
 * weight ({@link #weight}), heads sorted within a row. Readers share one snapshot without locks; a
 * writer prepares the next version with {@link GraphEditor} and publishes it.
 *
 * <p>Invariants: nodes {@code 0 .. nodeCount-1}; no self-loops or parallel edges; weights finite
 * and {@code >= 0} (Dijkstra's precondition). Memory: 4 bytes per node and 12 per edge.
 */
public final class Graph {
  private final int nodeCount;
  private final int[] offsets;
  private final int[] heads;
  private final double[] weights;

  Graph(int nodeCount, int[] offsets, int[] heads, double[] weights) {
    this.nodeCount = nodeCount;
    this.offsets = offsets;
    this.heads = heads;
    this.weights = weights;
  }

  /**
   * Builds a graph from an edge list (already validated: see {@link EdgeList}).
   *
   * @param edges the edges
   * @return the graph
   */
  public static Graph of(EdgeList edges) {
    int n = edges.nodeCount();
    int m = edges.edgeCount();
    int[] offsets = new int[n + 1];
    for (int e = 0; e < m; e++) {
      offsets[edges.from(e) + 1]++;
    }
    for (int v = 0; v < n; v++) {
      offsets[v + 1] += offsets[v];
    }
    int[] fill = Arrays.copyOf(offsets, n);
    int[] heads = new int[m];
    double[] weights = new double[m];
    for (int e = 0; e < m; e++) {
      int slot = fill[edges.from(e)]++;
      heads[slot] = edges.to(e);
      weights[slot] = edges.weight(e);
    }
    sortRows(n, offsets, heads, weights);
    return new Graph(n, offsets, heads, weights);
  }

  /** Sorts each row by head (insertion sort: rows are short), keeping weights alongside. */
  static void sortRows(int n, int[] offsets, int[] heads, double[] weights) {
    for (int v = 0; v < n; v++) {
      for (int i = offsets[v] + 1; i < offsets[v + 1]; i++) {
        int h = heads[i];
        double w = weights[i];
        int j = i - 1;
        while (j >= offsets[v] && heads[j] > h) {
          heads[j + 1] = heads[j];
          weights[j + 1] = weights[j];
          j--;
        }
        heads[j + 1] = h;
        weights[j + 1] = w;
      }
    }
  }

  /** Returns the number of nodes. */
  public int nodeCount() {
    return nodeCount;
  }

  /** Returns the number of edges. */
  public int edgeCount() {
    return heads.length;
  }

  /** Returns the first edge slot of a node's row; the row ends at {@code firstEdge(v + 1)}. */
  public int firstEdge(int node) {
    return offsets[node];
  }

  /** Returns the head of an edge slot. */
  public int head(int slot) {
    return heads[slot];
  }

  /** Returns the weight of an edge slot. */
  public double weight(int slot) {
    return weights[slot];
  }

  /** Returns the out-degree of a node. */
  public int outDegree(int node) {
    checkNode(node, "node");
    return offsets[node + 1] - offsets[node];
  }

  /**
   * Finds an edge.
   *
   * @param from the tail
   * @param to the head
   * @return its slot, or -1 if there is no such edge
   * @throws IllegalArgumentException if a node is out of range
   */
  public int edgeSlot(int from, int to) {
    checkNode(from, "from");
    checkNode(to, "to");
    int lo = offsets[from];
    int hi = offsets[from + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int h = heads[mid];
      if (h < to) {
        lo = mid + 1;
      } else if (h > to) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Returns the tail of an edge slot (a binary search over the rows). */
  public int tail(int slot) {
    if (slot < 0 || slot >= heads.length) {
      throw new IllegalArgumentException(
          "edge slot must be in 0.." + (heads.length - 1) + ": " + slot);
    }
    int lo = 0;
    int hi = nodeCount - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (offsets[mid] <= slot) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** Returns the graph as an edge list, in row order. */
  public EdgeList toEdgeList() {
    int[] from = new int[heads.length];
    for (int v = 0; v < nodeCount; v++) {
      Arrays.fill(from, offsets[v], offsets[v + 1], v);
    }
    return new EdgeList(nodeCount, from, heads, weights);
  }

  /** Returns an editor that starts from this graph; this graph does not change. */
  public GraphEditor edit() {
    return new GraphEditor(this);
  }

  int[] offsets() {
    return offsets;
  }

  int[] heads() {
    return heads;
  }

  double[] weights() {
    return weights;
  }

  void checkNode(int node, String what) {
    if (node < 0 || node >= nodeCount) {
      throw new IllegalArgumentException(
          what + " node must be in 0.." + (nodeCount - 1) + ": " + node);
    }
  }

  @Override
  public String toString() {
    return "Graph[" + nodeCount + " nodes, " + heads.length + " edges]";
  }
}
