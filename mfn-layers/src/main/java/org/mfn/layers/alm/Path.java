package org.mfn.layers.alm;

import java.util.Arrays;

/**
 * A path through a {@link Graph}: its nodes, source first, and its total weight. Immutable; equal
 * when the node sequences are equal.
 *
 * @param nodes the nodes in order (a copy is kept)
 * @param cost the sum of the edge weights along it
 */
public record Path(int[] nodes, double cost) implements Comparable<Path> {
  /** Copies the nodes. */
  public Path {
    nodes = nodes.clone();
  }

  /** Returns the nodes (a copy). */
  @Override
  public int[] nodes() {
    return nodes.clone();
  }

  /** Returns the number of nodes. */
  public int length() {
    return nodes.length;
  }

  /** Returns the node at an index. */
  public int node(int index) {
    return nodes[index];
  }

  /** Tells whether no node appears twice. */
  public boolean isLoopless() {
    int[] sorted = nodes.clone();
    Arrays.sort(sorted);
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /** Orders by cost, then by fewer nodes, then by the node sequence: a total order. */
  @Override
  public int compareTo(Path o) {
    int c = Double.compare(cost, o.cost);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(nodes.length, o.nodes.length);
    return c != 0 ? c : Arrays.compare(nodes, o.nodes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Path p && Arrays.equals(nodes, p.nodes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(nodes);
  }

  @Override
  public String toString() {
    return Arrays.toString(nodes) + " cost " + cost;
  }
}
