package org.mfn.layers.alm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a {@link RoutingTable} up to date as links change: applies a batch of {@link LinkChange}s
 * to the graph and brings every source's shortest-path tree to the new graph, then publishes the
 * new graph and table together ({@link #current()} never shows one without the other).
 *
 * <p>{@link Strategy#INCREMENTAL} repairs each tree only as far as the batch touches it: a tree
 * that no change improves and whose edges did not get worse is kept as it is (shared, not copied);
 * otherwise the subtrees below its edges that got worse or went down are reset and reseeded from
 * their in-edges, improved links seed the nodes they now reach more cheaply, and Dijkstra runs from
 * those seeds only; when the subtrees hold more than half the nodes, the tree is recomputed. {@link
 * Strategy#RECOMPUTE} recomputes every tree. The benchmarks measure both; the README gives the
 * measured crossover. One writer at a time; readers take {@link #current()} without locks.
 */
public final class TopologyAdapter {
  /** How a batch reaches the routing table. */
  public enum Strategy {
    /**
     * {@link #INCREMENTAL} for a batch that changes at most {@link #AUTO_MAX_CHANGED_FRACTION} of
     * the edges, {@link #RECOMPUTE} for a larger one.
     */
    AUTO,
    /** Keep, repair or recompute each tree, as the batch requires. */
    INCREMENTAL,
    /** Recompute every tree from scratch. */
    RECOMPUTE
  }

  /**
   * The largest share of edges a batch may change for {@link Strategy#AUTO} to repair rather than
   * recompute. Measured with {@code TopologyAdaptationBenchmark} (32 trees, random 1,000-node
   * graph, quick profile, 30 November 2026): repairing took 0.17x recomputing's time at 1% of the
   * edges, 0.81x at 10% and 1.24x at 30%; 20% lies between the last two.
   */
  public static final double AUTO_MAX_CHANGED_FRACTION = 0.2;

  private final int[] sources;
  private final Dijkstra dijkstra = new Dijkstra();
  private final IndexedHeap heap = new IndexedHeap();
  private volatile RoutingTable current;
  private int kept;
  private int repaired;
  private int recomputed;

  /**
   * Computes the first routing table.
   *
   * @param graph the graph
   * @param sources the nodes whose shortest-path trees the table holds, distinct, at least one
   * @throws IllegalArgumentException naming a source out of range or repeated
   */
  public TopologyAdapter(Graph graph, int[] sources) {
    if (sources.length == 0) {
      throw new IllegalArgumentException("a routing table needs at least one source");
    }
    boolean[] seen = new boolean[graph.nodeCount()];
    for (int s : sources) {
      graph.checkNode(s, "source");
      if (seen[s]) {
        throw new IllegalArgumentException("source " + s + " is given twice");
      }
      seen[s] = true;
    }
    this.sources = sources.clone();
    double[][] dist = new double[sources.length][];
    int[][] parent = new int[sources.length][];
    for (int row = 0; row < sources.length; row++) {
      recompute(graph, row, dist, parent);
    }
    current = new RoutingTable(graph, this.sources, dist, parent);
  }

  /** Returns every node of a graph, for an all-pairs table of a small graph. */
  public static int[] allNodes(Graph graph) {
    int[] all = new int[graph.nodeCount()];
    for (int v = 0; v < all.length; v++) {
      all[v] = v;
    }
    return all;
  }

  /** Returns the current graph and table. */
  public RoutingTable current() {
    return current;
  }

  /**
   * Applies a batch and publishes the new graph and table.
   *
   * @param batch the changes, applied in order (a link changed twice counts once, as its last
   *     state)
   * @param strategy how the table is brought up to date
   * @return the new table
   * @throws IllegalArgumentException naming a change whose link is missing (or present, for {@link
   *     LinkChange.Kind#UP}), or whose weight is negative or not finite; nothing is published then
   */
  public RoutingTable apply(List<LinkChange> batch, Strategy strategy) {
    RoutingTable table = current;
    Graph old = table.graph();
    GraphEditor editor = old.edit();
    Map<Long, double[]> changed =
        new LinkedHashMap<>(); // link -> {from, to, old weight, new weight}
    for (LinkChange c : batch) {
      double before = editor.hasEdge(c.from(), c.to()) ? weightIn(old, changed, c) : INF;
      switch (c.kind()) {
        case REWEIGHT -> editor.setWeight(c.from(), c.to(), c.weight());
        case DOWN -> editor.removeEdge(c.from(), c.to());
        case UP -> editor.addEdge(c.from(), c.to(), c.weight());
      }
      double after = c.kind() == LinkChange.Kind.DOWN ? INF : c.weight();
      double[] entry =
          changed.computeIfAbsent(
              key(c.from(), c.to()), k -> new double[] {c.from(), c.to(), before, after});
      entry[3] = after;
    }
    Graph next = editor.build();
    List<double[]> links = new ArrayList<>(changed.values());
    double[][] dist = new double[sources.length][];
    int[][] parent = new int[sources.length][];
    kept = 0;
    repaired = 0;
    recomputed = 0;
    InEdges in = null;
    boolean recomputeAll =
        strategy == Strategy.RECOMPUTE
            || (strategy == Strategy.AUTO
                && links.size() > AUTO_MAX_CHANGED_FRACTION * Math.max(1, old.edgeCount()));
    for (int row = 0; row < sources.length; row++) {
      if (recomputeAll) {
        recompute(next, row, dist, parent);
        recomputed++;
        continue;
      }
      int[] cut = worsenedTreeHeads(table, row, links);
      if (cut.length > 0 && in == null) {
        in = InEdges.of(next);
      }
      switch (repair(next, in, table, row, links, cut, dist, parent)) {
        case KEPT -> {
          dist[row] = table.dist[row];
          parent[row] = table.parent[row];
          kept++;
        }
        case REPAIRED -> repaired++;
        case TOO_MUCH -> {
          recompute(next, row, dist, parent);
          recomputed++;
        }
      }
    }
    RoutingTable updated = new RoutingTable(next, sources, dist, parent);
    current = updated;
    return updated;
  }

  /** Returns how many trees the last batch left as they were, repaired and recomputed. */
  public int[] lastBatchRows() {
    return new int[] {kept, repaired, recomputed};
  }

  private static final double INF = Double.POSITIVE_INFINITY;

  /** The link's weight before the batch: from the first change that named it, else the graph. */
  private static double weightIn(Graph old, Map<Long, double[]> changed, LinkChange c) {
    double[] entry = changed.get(key(c.from(), c.to()));
    if (entry != null) {
      return entry[3];
    }
    return old.weight(old.edgeSlot(c.from(), c.to()));
  }

  /** The heads of the tree's edges that got heavier or went down: their subtrees must be redone. */
  private static int[] worsenedTreeHeads(RoutingTable table, int row, List<double[]> links) {
    int[] parent = table.parent[row];
    int[] heads = new int[links.size()];
    int count = 0;
    for (double[] link : links) {
      int from = (int) link[0];
      int to = (int) link[1];
      if (link[3] > link[2] && parent[to] == from) { // new weight above the one before
        heads[count++] = to;
      }
    }
    return java.util.Arrays.copyOf(heads, count);
  }

  private enum Outcome {
    KEPT,
    REPAIRED,
    TOO_MUCH
  }

  /**
   * Brings one tree to the new graph. The subtrees below worsened tree edges lose their distances
   * and are seeded from their in-edges outside them; improved links seed the nodes they now reach
   * more cheaply; then Dijkstra runs from all seeds. Nodes outside those subtrees keep their
   * distances, which stay reachable (their paths use no worsened edge) and can only improve.
   * Returns {@link Outcome#TOO_MUCH}, writing nothing, when the subtrees hold more than half the
   * nodes (a recomputation is then cheaper), and {@link Outcome#KEPT} when nothing changes.
   */
  private Outcome repair(
      Graph next,
      InEdges in,
      RoutingTable table,
      int row,
      List<double[]> links,
      int[] cut,
      double[][] dist,
      int[][] parent) {
    double[] d = null;
    int[] p = null;
    if (cut.length > 0) {
      int[] affected = subtrees(table.parent[row], cut);
      if (affected.length > next.nodeCount() / 2) {
        return Outcome.TOO_MUCH;
      }
      d = table.dist[row].clone();
      p = table.parent[row].clone();
      heap.reset(next.nodeCount());
      for (int x : affected) {
        d[x] = INF;
        p[x] = Dijkstra.NONE;
      }
      for (int x : affected) {
        for (int e = in.first(x), end = in.first(x + 1); e < end; e++) {
          int y = in.tail(e);
          double candidate = d[y] + in.weight(e);
          if (candidate < d[x]) {
            d[x] = candidate;
            p[x] = y;
          }
        }
        if (d[x] < INF) {
          heap.insert(x, d[x]);
        }
      }
    }
    for (double[] link : links) {
      int from = (int) link[0];
      int to = (int) link[1];
      if (link[3] >= link[2]) {
        continue;
      }
      double base = d == null ? table.dist[row][from] : d[from];
      double candidate = base + link[3];
      double known = d == null ? table.dist[row][to] : d[to];
      if (candidate < known) {
        if (d == null) {
          d = table.dist[row].clone();
          p = table.parent[row].clone();
          heap.reset(next.nodeCount());
        }
        d[to] = candidate;
        p[to] = from;
        if (heap.contains(to)) {
          heap.decrease(to, candidate);
        } else {
          heap.insert(to, candidate);
        }
      }
    }
    if (d == null) {
      return Outcome.KEPT;
    }
    while (!heap.isEmpty()) {
      int u = heap.pop();
      for (int s = next.firstEdge(u), end = next.firstEdge(u + 1); s < end; s++) {
        int v = next.head(s);
        double dv = d[u] + next.weight(s);
        if (dv < d[v]) {
          d[v] = dv;
          p[v] = u;
          if (heap.contains(v)) {
            heap.decrease(v, dv);
          } else {
            heap.insert(v, dv);
          }
        }
      }
    }
    dist[row] = d;
    parent[row] = p;
    return Outcome.REPAIRED;
  }

  /** Every node in the subtrees (of the tree given by its parents) rooted at the given heads. */
  private static int[] subtrees(int[] parent, int[] roots) {
    int n = parent.length;
    int[] childStart = new int[n + 1];
    for (int v = 0; v < n; v++) {
      if (parent[v] >= 0) {
        childStart[parent[v] + 1]++;
      }
    }
    for (int v = 0; v < n; v++) {
      childStart[v + 1] += childStart[v];
    }
    int[] fill = java.util.Arrays.copyOf(childStart, n);
    int[] children = new int[childStart[n]];
    for (int v = 0; v < n; v++) {
      if (parent[v] >= 0) {
        children[fill[parent[v]]++] = v;
      }
    }
    boolean[] in = new boolean[n];
    int[] stack = new int[n];
    int[] found = new int[n];
    int count = 0;
    for (int root : roots) {
      if (in[root]) {
        continue;
      }
      int top = 0;
      stack[top++] = root;
      in[root] = true;
      while (top > 0) {
        int v = stack[--top];
        found[count++] = v;
        for (int c = childStart[v]; c < childStart[v + 1]; c++) {
          if (!in[children[c]]) {
            in[children[c]] = true;
            stack[top++] = children[c];
          }
        }
      }
    }
    return java.util.Arrays.copyOf(found, count);
  }

  private void recompute(Graph graph, int row, double[][] dist, int[][] parent) {
    int source = sources[row];
    dijkstra.run(graph, source);
    double[] d = new double[graph.nodeCount()];
    int[] p = new int[graph.nodeCount()];
    for (int v = 0; v < d.length; v++) {
      d[v] = dijkstra.distance(v);
      p[v] = dijkstra.parent(v);
    }
    dist[row] = d;
    parent[row] = p;
  }

  private static long key(int from, int to) {
    return ((long) from << 32) | (to & 0xFFFFFFFFL);
  }
}
