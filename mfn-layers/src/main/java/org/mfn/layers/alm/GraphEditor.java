package org.mfn.layers.alm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepares the next version of a {@link Graph} while readers keep using the current one: weight
 * updates, edge insertions and removals, new nodes; {@link #build()} returns a new immutable graph
 * and leaves the original untouched. A batch of weight updates alone copies the weight array and
 * patches it (the structure is shared); any structural change rebuilds the rows. Single writer; not
 * thread-safe.
 */
public final class GraphEditor {
  private final Graph base;
  private int nodeCount;
  private double[] weights; // copy of base's, made on the first weight update
  private final Map<Long, Double> added = new HashMap<>();
  private final Map<Long, Boolean> removed = new HashMap<>();

  GraphEditor(Graph base) {
    this.base = base;
    this.nodeCount = base.nodeCount();
  }

  /** Returns the number of nodes the next version will have. */
  public int nodeCount() {
    return nodeCount;
  }

  /**
   * Adds a node without edges.
   *
   * @return its id
   */
  public int addNode() {
    return nodeCount++;
  }

  /**
   * Sets the weight of an existing edge.
   *
   * @param from tail
   * @param to head
   * @param weight finite and {@code >= 0}
   * @return this editor
   * @throws IllegalArgumentException if the edge does not exist or the weight is invalid
   */
  public GraphEditor setWeight(int from, int to, double weight) {
    checkWeight(weight, from, to);
    long key = key(from, to);
    if (added.containsKey(key)) {
      added.put(key, weight);
      return this;
    }
    int slot = existingSlot(from, to);
    if (slot < 0) {
      throw new IllegalArgumentException("no edge " + from + " -> " + to + " to reweight");
    }
    if (weights == null) {
      weights = base.weights().clone();
    }
    weights[slot] = weight;
    return this;
  }

  /**
   * Adds an edge.
   *
   * @param from tail
   * @param to head, not {@code from}
   * @param weight finite and {@code >= 0}
   * @return this editor
   * @throws IllegalArgumentException if it exists already, is a self-loop, names a missing node or
   *     has an invalid weight
   */
  public GraphEditor addEdge(int from, int to, double weight) {
    checkNode(from, "from");
    checkNode(to, "to");
    if (from == to) {
      throw new IllegalArgumentException("a self-loop at node " + from + " is not an edge");
    }
    checkWeight(weight, from, to);
    long key = key(from, to);
    if (added.containsKey(key) || existingSlot(from, to) >= 0) {
      throw new IllegalArgumentException("edge " + from + " -> " + to + " exists already");
    }
    if (removed.remove(key) != null) { // removed, then added back: a weight update
      int slot = base.edgeSlot(from, to);
      if (weights == null) {
        weights = base.weights().clone();
      }
      weights[slot] = weight;
      return this;
    }
    added.put(key, weight);
    return this;
  }

  /**
   * Removes an edge.
   *
   * @param from tail
   * @param to head
   * @return this editor
   * @throws IllegalArgumentException if there is no such edge
   */
  public GraphEditor removeEdge(int from, int to) {
    long key = key(from, to);
    if (added.remove(key) != null) {
      return this;
    }
    if (existingSlot(from, to) < 0) {
      throw new IllegalArgumentException("no edge " + from + " -> " + to + " to remove");
    }
    removed.put(key, Boolean.TRUE);
    return this;
  }

  /** Tells whether the next version has the edge. */
  public boolean hasEdge(int from, int to) {
    return added.containsKey(key(from, to)) || existingSlot(from, to) >= 0;
  }

  /**
   * Builds the next version.
   *
   * @return a new graph; the original is unchanged
   */
  public Graph build() {
    double[] w = weights == null ? base.weights() : weights;
    if (added.isEmpty() && removed.isEmpty() && nodeCount == base.nodeCount()) {
      return new Graph(nodeCount, base.offsets(), base.heads(), w);
    }
    int[] offsets = new int[nodeCount + 1];
    List<long[]> extra = new ArrayList<>();
    added.forEach((k, v) -> extra.add(new long[] {k, Double.doubleToRawLongBits(v)}));
    int[] baseOffsets = base.offsets();
    int[] baseHeads = base.heads();
    for (int v = 0; v < base.nodeCount(); v++) {
      for (int s = baseOffsets[v]; s < baseOffsets[v + 1]; s++) {
        if (!removed.containsKey(key(v, baseHeads[s]))) {
          offsets[v + 1]++;
        }
      }
    }
    for (long[] e : extra) {
      offsets[(int) (e[0] >>> 32) + 1]++;
    }
    for (int v = 0; v < nodeCount; v++) {
      offsets[v + 1] += offsets[v];
    }
    int[] fill = Arrays.copyOf(offsets, nodeCount);
    int[] heads = new int[offsets[nodeCount]];
    double[] weightsOut = new double[heads.length];
    for (int v = 0; v < base.nodeCount(); v++) {
      for (int s = baseOffsets[v]; s < baseOffsets[v + 1]; s++) {
        if (!removed.containsKey(key(v, baseHeads[s]))) {
          int slot = fill[v]++;
          heads[slot] = baseHeads[s];
          weightsOut[slot] = w[s];
        }
      }
    }
    for (long[] e : extra) {
      int from = (int) (e[0] >>> 32);
      int slot = fill[from]++;
      heads[slot] = (int) e[0];
      weightsOut[slot] = Double.longBitsToDouble(e[1]);
    }
    Graph.sortRows(nodeCount, offsets, heads, weightsOut);
    return new Graph(nodeCount, offsets, heads, weightsOut);
  }

  private int existingSlot(int from, int to) {
    checkNode(from, "from");
    checkNode(to, "to");
    if (from >= base.nodeCount() || to >= base.nodeCount() || removed.containsKey(key(from, to))) {
      return -1;
    }
    return base.edgeSlot(from, to);
  }

  private void checkNode(int node, String what) {
    if (node < 0 || node >= nodeCount) {
      throw new IllegalArgumentException(
          what + " node must be in 0.." + (nodeCount - 1) + ": " + node);
    }
  }

  private static void checkWeight(double weight, int from, int to) {
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException(
          "weight of " + from + " -> " + to + " must be finite and >= 0: " + weight);
    }
  }

  private static long key(int from, int to) {
    return ((long) from << 32) | (to & 0xFFFFFFFFL);
  }
}
