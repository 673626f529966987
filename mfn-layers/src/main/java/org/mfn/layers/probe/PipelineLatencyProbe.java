package org.mfn.layers.probe;

import org.mfn.core.harness.HarnessResult;
import org.mfn.layers.ifr.FlowRegistry;
import org.mfn.layers.pipeline.MfnPipeline;
import org.mfn.layers.pipeline.TracePackets;

/**
 * The pipeline's per-packet latency at a fixed packet rate, a tenth of the packets being new flows
 * (their flow forgotten just before, so they take the slow path): the distribution a steady stream
 * of traffic sees, slow-path decisions and their queueing effect included.
 */
public final class PipelineLatencyProbe {
  /** The probe's name in results.json. */
  public static final String NAME = "org.mfn.layers.probe.PipelineLatencyProbe.fixedRate";

  /** One packet in this many is a new flow's first. */
  public static final int NEW_FLOW_EVERY = 10;

  private PipelineLatencyProbe() {}

  /**
   * Measures.
   *
   * @param pipeline the pipeline (flows installed)
   * @param packets the trace
   * @param load packets per second, warm-up, duration and rounds
   * @return the measurement
   */
  public static HarnessResult measure(MfnPipeline pipeline, TracePackets packets, ProbeLoad load) {
    int[] next = {0};
    return load.harness(NAME, packets.flowCount())
        .run(
            flow -> {
              int packet = next[0];
              next[0] = packet + 1 == packets.packetCount() ? 0 : packet + 1;
              if (packet % NEW_FLOW_EVERY == 0) {
                pipeline.forgetFlow(packets, packets.flowOf(packet));
              }
              if (pipeline.process(packets, packet, System.nanoTime()) == FlowRegistry.NO_ROUTE) {
                throw new IllegalStateException("packet " + packet + " got no route");
              }
            });
  }
}
