package org.mfn.layers.alm;

/**
 * Decides a flow's route: the shortest path from its ingress to its egress in the current {@link
 * RoutingTable} of a {@link TopologyAdapter} (so a decision always uses one consistent graph
 * version), and a backend from a {@link MaglevHashing} table on the flow's hash, so that every
 * packet of a flow reaches the same backend. Decisions only read shared state; the balancer is
 * read-only for Maglev, so one service can serve several threads.
 */
public final class RoutingService {
  private final TopologyAdapter topology;
  private final LoadBalancer balancer;

  /**
   * Creates the service.
   *
   * @param topology the graph and routing table
   * @param balancer chooses the backend (a Maglev table for flow affinity)
   */
  public RoutingService(TopologyAdapter topology, LoadBalancer balancer) {
    this.topology = topology;
    this.balancer = balancer;
  }

  /**
   * Decides a flow's route.
   *
   * @param flowHash the flow's 64-bit hash
   * @param ingress where the flow enters: a source of the routing table
   * @param egress where it leaves: any node
   * @return the decision; an unreachable egress gives an empty path, not an exception
   * @throws IllegalArgumentException if the ingress is not a source of the table or the egress is
   *     not a node
   */
  public RouteDecision decide(long flowHash, int ingress, int egress) {
    RoutingTable table = topology.current();
    int[] path = table.path(ingress, egress);
    int nextHop = path.length == 0 ? Dijkstra.NONE : path.length == 1 ? path[0] : path[1];
    return new RouteDecision(
        path, nextHop, balancer.select(flowHash), table.distance(ingress, egress));
  }

  /** Returns the topology the decisions read. */
  public TopologyAdapter topology() {
    return topology;
  }
}
