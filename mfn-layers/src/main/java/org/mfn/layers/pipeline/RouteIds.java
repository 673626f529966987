package org.mfn.layers.pipeline;

import org.mfn.layers.alm.RouteDecision;

/**
 * Packs a flow's decision into the non-negative {@code int} a flow registry caches: the flow's
 * class (10 bits), the backend chosen by the load balancer (10 bits) and the next hop plus one (11
 * bits; 0 when the egress is unreachable).
 */
public final class RouteIds {
  /** The most classes a route id holds. */
  public static final int MAX_CLASSES = 1 << 10;

  /** The most backends a route id holds. */
  public static final int MAX_BACKENDS = 1 << 10;

  /** The most nodes a route id holds (next hop plus one in 11 bits). */
  public static final int MAX_NODES = (1 << 11) - 1;

  private RouteIds() {}

  /**
   * Packs a decision.
   *
   * @param flowClass the class, {@code 0 .. MAX_CLASSES - 1}
   * @param decision the route decision (next hop -1 when unreachable)
   * @return the route id, 0 or more
   * @throws IllegalArgumentException naming the field that does not fit
   */
  public static int pack(int flowClass, RouteDecision decision) {
    if (flowClass < 0 || flowClass >= MAX_CLASSES) {
      throw new IllegalArgumentException(
          "class must be in 0.." + (MAX_CLASSES - 1) + ": " + flowClass);
    }
    int backend = decision.backend();
    if (backend < 0 || backend >= MAX_BACKENDS) {
      throw new IllegalArgumentException(
          "backend must be in 0.." + (MAX_BACKENDS - 1) + ": " + backend);
    }
    int hop = decision.nextHop() + 1;
    if (hop < 0 || hop > MAX_NODES) {
      throw new IllegalArgumentException(
          "next hop must be in -1.." + (MAX_NODES - 1) + ": " + decision.nextHop());
    }
    return flowClass << 21 | backend << 11 | hop;
  }

  /** Returns the class of a route id. */
  public static int flowClass(int routeId) {
    return routeId >>> 21;
  }

  /** Returns the backend of a route id. */
  public static int backend(int routeId) {
    return (routeId >>> 11) & (MAX_BACKENDS - 1);
  }

  /** Returns the next hop of a route id, -1 when the egress was unreachable. */
  public static int nextHop(int routeId) {
    return (routeId & MAX_NODES) - 1;
  }
}
