package org.mfn.layers.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mfn.core.harness.FlowOperation;
import org.mfn.layers.alm.Graph;
import org.mfn.layers.alm.LinkChange;
import org.mfn.layers.alm.TopologyAdapter;
import org.mfn.layers.pipeline.MfnPipeline;
import org.mfn.layers.pipeline.PipelineModels;
import org.mfn.layers.pipeline.PipelineTopology;
import org.mfn.layers.pipeline.TracePackets;

/**
 * A tenth of the network's links go down, then come back: ALM repairs its routing table, and flows
 * whose installed route used a dead link are re-routed at their next packet. Every forwarded
 * packet's route is checked against the topology of that moment; a packet on a dead link counts as
 * misrouted (expected: none).
 */
public final class LinkFailureScenario implements FaultScenario {
  /** The share of links that go down. */
  public static final double FAILED_FRACTION = 0.10;

  private final TracePackets packets;
  private final TopologyAdapter topology;
  private final ReroutingForwarder forwarder;
  private final PendingFault pending = new PendingFault();
  private final List<LinkChange> down = new ArrayList<>();
  private final List<LinkChange> up = new ArrayList<>();
  private final PacketCursor cursor;
  private long misrouted;

  /**
   * Builds the scenario: the pipeline with every flow installed, and the links that will fail.
   *
   * @param models trained models (a copy is taken)
   * @param packets the trace
   * @param seed which links fail
   */
  public LinkFailureScenario(PipelineModels models, TracePackets packets, long seed) {
    this.packets = packets;
    this.cursor = new PacketCursor(packets);
    PipelineTopology network = PipelineTopology.defaults();
    this.topology = network.routing().topology();
    MfnPipeline pipeline = WarmPipelines.of(models, packets, network, c -> c);
    this.forwarder = new ReroutingForwarder(pipeline, network, packets);
    Graph graph = topology.current().graph();
    SplittableRandom random = new SplittableRandom(seed);
    for (int slot = 0; slot < graph.edgeCount(); slot++) {
      if (random.nextDouble() < FAILED_FRACTION) {
        int from = graph.tail(slot);
        int to = graph.head(slot);
        down.add(LinkChange.down(from, to));
        up.add(LinkChange.up(from, to, graph.weight(slot)));
      }
    }
  }

  @Override
  public String name() {
    return "link-failure";
  }

  @Override
  public String fault() {
    return down.size() + " of " + topology.current().graph().edgeCount() + " links down";
  }

  @Override
  public int flowCount() {
    return packets.flowCount();
  }

  @Override
  public FlowOperation operation() {
    return flow -> forwardNext();
  }

  /** Forwards the trace's next packet, checking its route; returns the route. */
  int forwardNext() {
    pending.runPending();
    int packet = cursor.next();
    int route = forwarder.forward(packet, System.nanoTime());
    if (!forwarder.validNow(packet, route)) {
      misrouted++;
    }
    return route;
  }

  @Override
  public void inject() {
    pending.request(() -> apply(down));
  }

  @Override
  public void clear() {
    pending.request(() -> apply(up));
  }

  private void apply(List<LinkChange> batch) {
    topology.apply(batch, TopologyAdapter.Strategy.AUTO);
    forwarder.topologyChanged();
  }

  /** Returns the links that go down. */
  public int failedLinks() {
    return down.size();
  }

  /** Returns the packets whose flow was re-routed. */
  public long rerouted() {
    return forwarder.rerouted();
  }

  @Override
  public long dropped() {
    return forwarder.dropped();
  }

  @Override
  public long misrouted() {
    return misrouted;
  }
}
