package org.mfn.layers.alm;

import java.util.Arrays;

/**
 * Single-source shortest paths on a {@link Graph} with non-negative weights (the precondition of
 * Dijkstra's algorithm, which {@link Graph} guarantees), with an indexed 4-ary heap ({@link
 * IndexedHeap}).
 *
 * <p>One instance reuses its work arrays across calls: after the first call on a graph of a given
 * size, a call allocates nothing (the arrays grow only for a larger graph; distances are reset
 * lazily by a generation stamp, not by clearing). The result of a call (distances, parents) stays
 * readable until the next call. For Yen's algorithm, nodes and edges can be blocked for the next
 * calls. Not thread-safe: one instance per thread.
 */
public final class Dijkstra {
  /** No parent: the source, or a node not reached. */
  public static final int NONE = -1;

  private double[] dist = new double[0];
  private int[] parent = new int[0];
  private int[] stamp = new int[0];
  private int[] blockedNode = new int[0];
  private int[] blockedEdge = new int[0];
  private int generation;
  private int blockGeneration = 1;
  private boolean blocking;
  private final IndexedHeap heap = new IndexedHeap();
  private int source = NONE;
  private Graph graph;

  /**
   * Shortest distances from a source to every node.
   *
   * @param g the graph
   * @param from the source
   * @throws IllegalArgumentException if the source is not a node of the graph
   */
  public void run(Graph g, int from) {
    search(g, from, NONE);
  }

  /**
   * Shortest distance from a source to one target; stops once the target is settled, so afterwards
   * only the target's distance and path (and those of nodes settled before it) are final.
   *
   * @param g the graph
   * @param from the source
   * @param to the target
   * @return the distance, or {@link Double#POSITIVE_INFINITY} if the target is unreachable
   * @throws IllegalArgumentException if the source or the target is not a node of the graph
   */
  public double run(Graph g, int from, int to) {
    g.checkNode(to, "target");
    search(g, from, to);
    return distance(to);
  }

  private void search(Graph g, int from, int target) {
    g.checkNode(from, "source");
    prepare(g);
    graph = g;
    source = from;
    if (++generation == 0) { // wrapped: forget every stamp
      Arrays.fill(stamp, 0);
      generation = 1;
    }
    int gen = generation;
    int[] offsets = g.offsets();
    int[] heads = g.heads();
    double[] weights = g.weights();
    heap.reset(g.nodeCount());
    if (blockedNode[from] == blockGeneration) {
      stamp[from] = gen;
      dist[from] = Double.POSITIVE_INFINITY;
      parent[from] = NONE;
      return;
    }
    reach(from, 0, NONE, gen);
    // A settled node needs no check: with non-negative weights a later node's du + w is never
    // below its distance, so the relaxation below leaves it alone.
    boolean blocks = blocking;
    int blockGen = blockGeneration;
    while (!heap.isEmpty()) {
      int u = heap.pop();
      if (u == target) {
        return;
      }
      double du = dist[u];
      for (int s = offsets[u], end = offsets[u + 1]; s < end; s++) {
        int v = heads[s];
        if (blocks && (blockedNode[v] == blockGen || blockedEdge[s] == blockGen)) {
          continue;
        }
        double dv = du + weights[s];
        if (stamp[v] != gen) {
          reach(v, dv, u, gen);
        } else if (dv < dist[v]) {
          dist[v] = dv;
          parent[v] = u;
          heap.decrease(v, dv);
        }
      }
    }
  }

  /** Blocks a node for the following calls, until {@link #clearBlocks}. */
  public void blockNode(int node) {
    blocking = true;
    blockedNode[node] = blockGeneration;
  }

  /** Blocks an edge slot for the following calls, until {@link #clearBlocks}. */
  public void blockEdge(int slot) {
    blocking = true;
    blockedEdge[slot] = blockGeneration;
  }

  /** Unblocks every node and edge. */
  public void clearBlocks() {
    blocking = false;
    if (++blockGeneration == 0) {
      Arrays.fill(blockedNode, 0);
      Arrays.fill(blockedEdge, 0);
      blockGeneration = 1;
    }
  }

  /**
   * Sizes the work arrays for a graph (the first call on a larger graph does it too); blocks are
   * kept.
   *
   * @param g the graph
   */
  public void prepare(Graph g) {
    int n = g.nodeCount();
    if (dist.length < n) {
      dist = new double[n];
      parent = new int[n];
      stamp = new int[n];
      blockedNode = Arrays.copyOf(blockedNode, n);
    }
    if (blockedEdge.length < g.edgeCount()) {
      blockedEdge = Arrays.copyOf(blockedEdge, g.edgeCount());
    }
  }

  /** Returns the distance of a node from the last call's source (infinite if not reached). */
  public double distance(int node) {
    return reached(node) ? dist[node] : Double.POSITIVE_INFINITY;
  }

  private boolean reached(int node) {
    if (graph == null) {
      throw new IllegalStateException("no search has run yet");
    }
    graph.checkNode(node, "queried");
    return stamp[node] == generation;
  }

  /** Returns a node's predecessor on its shortest path, or {@link #NONE}. */
  public int parent(int node) {
    return reached(node) ? parent[node] : NONE;
  }

  /**
   * Returns the shortest path to a node as node ids, source first.
   *
   * @param target the node
   * @return the path, empty if the target was not reached
   */
  public int[] path(int target) {
    if (distance(target) == Double.POSITIVE_INFINITY) {
      return new int[0];
    }
    int length = 1;
    for (int v = target; v != source; v = parent[v]) {
      length++;
    }
    int[] path = new int[length];
    int v = target;
    for (int i = length - 1; i >= 0; i--) {
      path[i] = v;
      v = parent[v];
    }
    return path;
  }

  /** Copies the distances of the last call into an array of at least {@code nodeCount} values. */
  public void copyDistances(double[] out) {
    for (int v = 0; v < graph.nodeCount(); v++) {
      out[v] = distance(v);
    }
  }

  private void reach(int v, double d, int from, int gen) {
    stamp[v] = gen;
    dist[v] = d;
    parent[v] = from;
    heap.insert(v, d);
  }
}
