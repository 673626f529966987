package org.mfn.layers.pipeline;

import org.mfn.core.flow.FlowHash;
import org.mfn.core.workload.TopologyGenerator;
import org.mfn.layers.alm.Graph;
import org.mfn.layers.alm.MaglevHashing;
import org.mfn.layers.alm.RoutingService;
import org.mfn.layers.alm.TopologyAdapter;

/**
 * The network a pipeline routes over: a seeded random graph (mean out-degree 8, weights 1..100),
 * evenly spaced ingress nodes with routing tables, a Maglev balancer over the backends, and the
 * mapping of a flow's hash to its ingress and egress node (a flow enters where its source address
 * lives and leaves where its destination lives). The routing service is not copied: its tables are
 * read-only between topology changes, so the pipelines of several threads share it.
 */
public final class PipelineTopology {
  /** The default number of nodes: the 1,000-node graph of the ALM claims. */
  public static final int DEFAULT_NODES = 1000;

  /** The default number of ingress nodes. */
  public static final int DEFAULT_INGRESS = 50;

  /** The default number of backends behind the balancer. */
  public static final int DEFAULT_BACKENDS = 100;

  private final int nodes;
  private final int[] ingress;
  private final RoutingService routing;

  /**
   * Builds the topology and its routing tables (one Dijkstra per ingress node).
   *
   * @param nodes graph nodes, {@code 2 .. RouteIds.MAX_NODES - 1}
   * @param ingressCount ingress nodes, {@code 1 .. nodes}
   * @param backends backends, {@code 1 .. RouteIds.MAX_BACKENDS}
   * @param seed the graph's and the balancer's seed
   * @throws IllegalArgumentException naming the value out of range
   */
  public PipelineTopology(int nodes, int ingressCount, int backends, long seed) {
    if (nodes < 2 || nodes >= RouteIds.MAX_NODES) {
      throw new IllegalArgumentException(
          "nodes must be in 2.." + (RouteIds.MAX_NODES - 1) + ": " + nodes);
    }
    if (ingressCount < 1 || ingressCount > nodes) {
      throw new IllegalArgumentException(
          "ingress nodes must be in 1.." + nodes + ": " + ingressCount);
    }
    if (backends < 1 || backends > RouteIds.MAX_BACKENDS) {
      throw new IllegalArgumentException(
          "backends must be in 1.." + RouteIds.MAX_BACKENDS + ": " + backends);
    }
    this.nodes = nodes;
    this.ingress = new int[ingressCount];
    for (int i = 0; i < ingressCount; i++) {
      ingress[i] = (int) ((long) i * nodes / ingressCount);
    }
    Graph graph = Graph.of(TopologyGenerator.random(nodes, 8, 100, seed));
    this.routing =
        new RoutingService(new TopologyAdapter(graph, ingress), new MaglevHashing(backends, seed));
  }

  /** The default topology: 1,000 nodes, 50 ingress nodes, 100 backends, seed 42. */
  public static PipelineTopology defaults() {
    return new PipelineTopology(DEFAULT_NODES, DEFAULT_INGRESS, DEFAULT_BACKENDS, 42);
  }

  /** Returns the routing service (shared, read-only between topology changes). */
  public RoutingService routing() {
    return routing;
  }

  /** Returns the ingress node of a flow hash. */
  public int ingressOf(long flowHash) {
    return ingress[(int) Long.remainderUnsigned(flowHash, ingress.length)];
  }

  /** Returns the egress node of a flow hash. */
  public int egressOf(long flowHash) {
    return (int) Long.remainderUnsigned(FlowHash.fmix64(flowHash), nodes);
  }

  /** Returns the number of nodes. */
  public int nodes() {
    return nodes;
  }
}
