package org.mfn.layers.alm;

import java.util.Arrays;

/**
 * Shortest-path trees of one graph version from a set of sources: for source {@code i} (the {@code
 * i}-th of {@link #sources()}), every node's distance and its parent on a shortest path. Immutable
 * once published: rows are shared between versions when a change leaves them alone.
 */
public final class RoutingTable {
  private final Graph graph;
  private final int[] sources;
  private final int[] rowOfNode; // -1 for nodes that are not sources
  final double[][] dist;
  final int[][] parent;

  RoutingTable(Graph graph, int[] sources, double[][] dist, int[][] parent) {
    this.graph = graph;
    this.sources = sources;
    this.dist = dist;
    this.parent = parent;
    this.rowOfNode = new int[graph.nodeCount()];
    Arrays.fill(rowOfNode, -1);
    for (int i = 0; i < sources.length; i++) {
      rowOfNode[sources[i]] = i;
    }
  }

  /** Returns the graph version these trees are of. */
  public Graph graph() {
    return graph;
  }

  /** Returns the sources (a copy). */
  public int[] sources() {
    return sources.clone();
  }

  /**
   * Returns the row of a source.
   *
   * @param source a node
   * @return its row
   * @throws IllegalArgumentException if the node is not one of the table's sources
   */
  public int rowOf(int source) {
    graph.checkNode(source, "source");
    int row = rowOfNode[source];
    if (row < 0) {
      throw new IllegalArgumentException(
          "node " + source + " is not a source of this routing table");
    }
    return row;
  }

  /** Returns the distance from a source to a node (infinite if unreachable). */
  public double distance(int source, int node) {
    int row = rowOf(source);
    graph.checkNode(node, "destination");
    return dist[row][node];
  }

  /** Returns a node's parent on the shortest path from a source, or {@link Dijkstra#NONE}. */
  public int parent(int source, int node) {
    int row = rowOf(source);
    graph.checkNode(node, "destination");
    return parent[row][node];
  }

  /**
   * Returns the next hop from a source towards a destination, without allocating.
   *
   * @param source a source of the table
   * @param destination a node
   * @return the second node of the path, the destination itself when it is the source, or {@link
   *     Dijkstra#NONE} when unreachable
   */
  public int nextHop(int source, int destination) {
    int row = rowOf(source);
    graph.checkNode(destination, "destination");
    if (dist[row][destination] == Double.POSITIVE_INFINITY) {
      return Dijkstra.NONE;
    }
    int v = destination;
    int[] p = parent[row];
    while (p[v] != source && p[v] != Dijkstra.NONE) {
      v = p[v];
    }
    return v;
  }

  /** Returns the path from a source to a destination, source first; empty if unreachable. */
  public int[] path(int source, int destination) {
    int row = rowOf(source);
    graph.checkNode(destination, "destination");
    if (dist[row][destination] == Double.POSITIVE_INFINITY) {
      return new int[0];
    }
    int length = 1;
    for (int v = destination; v != source; v = parent[row][v]) {
      length++;
    }
    int[] path = new int[length];
    int v = destination;
    for (int i = length - 1; i >= 0; i--) {
      path[i] = v;
      v = parent[row][v];
    }
    return path;
  }
}
