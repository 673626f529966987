package org.mfn.layers.alm;

/**
 * The in-edges of every node of a {@link Graph}, in compressed sparse rows: the edges into {@code
 * v} are {@code first(v) .. first(v+1)-1}, each with its tail and weight. Built in {@code O(E)} for
 * the routing table's repairs, which reseed a node from its in-neighbours. Immutable.
 */
final class InEdges {
  private final int[] offsets;
  private final int[] tails;
  private final double[] weights;

  private InEdges(int[] offsets, int[] tails, double[] weights) {
    this.offsets = offsets;
    this.tails = tails;
    this.weights = weights;
  }

  static InEdges of(Graph g) {
    int n = g.nodeCount();
    int[] offsets = new int[n + 1];
    for (int s = 0; s < g.edgeCount(); s++) {
      offsets[g.head(s) + 1]++;
    }
    for (int v = 0; v < n; v++) {
      offsets[v + 1] += offsets[v];
    }
    int[] fill = java.util.Arrays.copyOf(offsets, n);
    int[] tails = new int[g.edgeCount()];
    double[] weights = new double[g.edgeCount()];
    for (int u = 0; u < n; u++) {
      for (int s = g.firstEdge(u), end = g.firstEdge(u + 1); s < end; s++) {
        int slot = fill[g.head(s)]++;
        tails[slot] = u;
        weights[slot] = g.weight(s);
      }
    }
    return new InEdges(offsets, tails, weights);
  }

  int first(int node) {
    return offsets[node];
  }

  int tail(int edge) {
    return tails[edge];
  }

  double weight(int edge) {
    return weights[edge];
  }
}
