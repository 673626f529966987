package org.mfn.layers.alm;

import java.util.Arrays;

/**
 * Where a flow goes: its path through the network, the next hop from the ingress, and the backend
 * that serves it.
 *
 * @param path the nodes from ingress to egress (a copy is kept); empty when unreachable
 * @param nextHop the node after the ingress ({@link Dijkstra#NONE} when unreachable; the ingress
 *     itself when it is the egress)
 * @param backend the backend chosen for the flow
 * @param cost the path's total weight (infinite when unreachable)
 */
public record RouteDecision(int[] path, int nextHop, int backend, double cost) {
  /** Copies the path. */
  public RouteDecision {
    path = path.clone();
  }

  /** Returns the path (a copy). */
  @Override
  public int[] path() {
    return path.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RouteDecision r
        && Arrays.equals(path, r.path)
        && nextHop == r.nextHop
        && backend == r.backend
        && Double.compare(cost, r.cost) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(path) * 31 + nextHop * 17 + backend;
  }

  @Override
  public String toString() {
    return "RouteDecision[path="
        + Arrays.toString(path)
        + ", nextHop="
        + nextHop
        + ", backend="
        + backend
        + ", cost="
        + cost
        + "]";
  }
}
