package org.mfn.layers.fault;

import org.mfn.core.flow.FlowHash;
import org.mfn.layers.alm.RoutingTable;
import org.mfn.layers.alm.TopologyAdapter;
import org.mfn.layers.pipeline.MfnPipeline;
import org.mfn.layers.pipeline.PipelineTopology;
import org.mfn.layers.pipeline.RouteIds;
import org.mfn.layers.pipeline.TracePackets;

/**
 * A pipeline that keeps its installed routes valid when the topology changes: after a change
 * ({@link #topologyChanged()}) each flow's installed route is checked once, at the flow's next
 * packet, against the current table, and a route whose first link went down is re-decided by the
 * slow path (the flow is re-routed). Between changes the fast path costs one array read more. Not
 * thread-safe: the thread that forwards also applies the changes.
 */
public final class ReroutingForwarder {
  private final MfnPipeline pipeline;
  private final TopologyAdapter topology;
  private final TracePackets packets;
  private final int[] ingress;
  private final int[] egress;
  private final int[] checkedAt;
  private int generation;
  private long rerouted;
  private long dropped;

  /**
   * Creates the forwarder.
   *
   * @param pipeline the pipeline (warmed or not)
   * @param topology the topology its routing service reads
   * @param packets the trace the packets come from
   */
  public ReroutingForwarder(MfnPipeline pipeline, PipelineTopology topology, TracePackets packets) {
    this.pipeline = pipeline;
    this.topology = topology.routing().topology();
    this.packets = packets;
    int flows = packets.flowCount();
    this.ingress = new int[flows];
    this.egress = new int[flows];
    this.checkedAt = new int[flows];
    for (int f = 0; f < flows; f++) {
      long hash = FlowHash.hash(packets.keyWords(), packets.keyOffset(f), packets.stride());
      ingress[f] = topology.ingressOf(hash);
      egress[f] = topology.egressOf(hash);
    }
  }

  /** Tells the forwarder that the topology changed: every flow's route is checked once again. */
  public void topologyChanged() {
    generation++;
  }

  /**
   * Forwards one packet.
   *
   * @param packet the packet's index in the trace
   * @param nowNanos the clock
   * @return the route id it was forwarded on
   */
  public int forward(int packet, long nowNanos) {
    int flow = packets.flowOf(packet);
    int route = pipeline.process(packets, packet, nowNanos);
    if (checkedAt[flow] != generation) {
      if (!RouteCheck.valid(topology.current(), ingress[flow], egress[flow], route)) {
        pipeline.forgetFlow(packets, flow);
        route = pipeline.process(packets, packet, nowNanos);
        rerouted++;
      }
      checkedAt[flow] = generation;
    }
    if (RouteIds.nextHop(route) < 0) {
      dropped++;
    }
    return route;
  }

  /**
   * Checks a forwarded route against the topology now, independently of the forwarder's own
   * bookkeeping (for tests and for counting misrouted packets).
   */
  public boolean validNow(int packet, int route) {
    int flow = packets.flowOf(packet);
    RoutingTable table = topology.current();
    return RouteCheck.valid(table, ingress[flow], egress[flow], route);
  }

  /** Returns the packets whose flow was re-routed after a change. */
  public long rerouted() {
    return rerouted;
  }

  /** Returns the packets forwarded with no route (egress unreachable). */
  public long dropped() {
    return dropped;
  }

  /** Returns the pipeline. */
  public MfnPipeline pipeline() {
    return pipeline;
  }
}
