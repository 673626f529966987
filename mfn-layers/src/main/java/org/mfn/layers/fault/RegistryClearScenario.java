package org.mfn.layers.fault;

import org.mfn.core.harness.FlowOperation;
import org.mfn.layers.ifr.FlowRegistry;
import org.mfn.layers.pipeline.MfnPipeline;
import org.mfn.layers.pipeline.PipelineModels;
import org.mfn.layers.pipeline.TracePackets;

/**
 * The flow registry is cleared, with the slow path's caches: every flow's next packet takes the
 * slow path again (classify, route, forecast, install), until the registry is warm.
 */
public final class RegistryClearScenario implements FaultScenario {
  private final TracePackets packets;
  private final MfnPipeline pipeline;
  private final PendingFault pending = new PendingFault();
  private final PacketCursor cursor;
  private long dropped;

  /**
   * Builds the scenario with every flow installed.
   *
   * @param models trained models (a copy is taken)
   * @param packets the trace
   */
  public RegistryClearScenario(PipelineModels models, TracePackets packets) {
    this.packets = packets;
    this.cursor = new PacketCursor(packets);
    this.pipeline = WarmPipelines.of(models, packets);
  }

  @Override
  public String name() {
    return "registry-cleared";
  }

  @Override
  public String fault() {
    return "the flow registry and the slow path's caches emptied ("
        + packets.flowCount()
        + " flows)";
  }

  @Override
  public int flowCount() {
    return packets.flowCount();
  }

  @Override
  public boolean instant() {
    return true;
  }

  @Override
  public FlowOperation operation() {
    return flow -> {
      pending.runPending();
      int packet = cursor.next();
      if (pipeline.process(packets, packet, System.nanoTime()) == FlowRegistry.NO_ROUTE) {
        dropped++;
      }
    };
  }

  @Override
  public void inject() {
    pending.request(
        () -> {
          pipeline.registry().clear();
          pipeline.forgetCaches();
        });
  }

  @Override
  public void clear() {}

  /** Returns the flows installed now. */
  public int activeFlows() {
    return pipeline.activeFlows();
  }

  @Override
  public long dropped() {
    return dropped;
  }
}
