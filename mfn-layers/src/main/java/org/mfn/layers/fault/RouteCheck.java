package org.mfn.layers.fault;

import org.mfn.layers.alm.RoutingTable;
import org.mfn.layers.pipeline.RouteIds;

/**
 * Whether a route id is valid in a routing table: its first link (ingress to next hop) is up. A
 * route with no next hop is valid only when the egress is unreachable (the packet is dropped, not
 * misrouted); a flow whose ingress is its egress has itself as next hop.
 */
public final class RouteCheck {
  private RouteCheck() {}

  /**
   * Checks a route.
   *
   * @param table the topology at that moment
   * @param ingress where the flow enters
   * @param egress where it leaves
   * @param routeId the route id forwarded
   * @return whether forwarding on it is valid
   */
  public static boolean valid(RoutingTable table, int ingress, int egress, int routeId) {
    int hop = RouteIds.nextHop(routeId);
    boolean reachable = Double.isFinite(table.distance(ingress, egress));
    if (hop < 0) {
      return !reachable;
    }
    if (hop == ingress) {
      return ingress == egress;
    }
    return table.graph().edgeSlot(ingress, hop) >= 0;
  }
}
