package org.mfn.layers.pipeline;

import org.mfn.layers.alm.RouteDecision;

/** The ALM stage of a pipeline's slow path: the route of a new flow. */
@FunctionalInterface
public interface FlowRouter {
  /**
   * Decides a route.
   *
   * @param flowHash the flow's 64-bit hash
   * @param ingress the node where it enters
   * @param egress the node where it leaves
   * @return the decision
   */
  RouteDecision decide(long flowHash, int ingress, int egress);
}
