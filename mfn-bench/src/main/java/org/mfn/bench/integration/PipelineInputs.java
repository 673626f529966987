package org.mfn.bench.integration;

import org.mfn.core.workload.FlowPatternGenerator;
import org.mfn.core.workload.FlowTraceGenerator;
import org.mfn.core.workload.PacketSizeMix;
import org.mfn.core.workload.TraceConfig;
import org.mfn.layers.pipeline.PipelineModels;
import org.mfn.layers.pipeline.PipelineTopology;
import org.mfn.layers.pipeline.TracePackets;

/**
 * What the integration benchmarks feed a pipeline, built in their {@code @Setup}: the trained
 * models (seeded, about 2 s), the default 1,000-node topology, and a trace of IPv4 flows with Zipf
 * 1.0 popularity and no churn (new flows are the end-to-end benchmark's business) over a pool of
 * 256 labelled feature sequences.
 */
final class PipelineInputs {
  /** Packets in a throughput trace: a power of two, read with a mask. */
  static final int PACKETS = 1 << 20;

  /** Feature sequences the flows draw from. */
  static final int TEMPLATES = 256;

  private PipelineInputs() {}

  static PipelineModels models() {
    return PipelineModels.train(1);
  }

  static PipelineTopology topology() {
    return PipelineTopology.defaults();
  }

  /**
   * A trace.
   *
   * @param activeFlows the flow population
   * @param packets packets (a power of two)
   * @param sizes {@code 1500}, {@code imix} or any {@link PacketSizeMix} text
   * @param zipf popularity exponent (0 for uniform)
   */
  static TracePackets trace(int activeFlows, int packets, String sizes, double zipf) {
    PacketSizeMix mix = "imix".equals(sizes) ? PacketSizeMix.imix() : PacketSizeMix.parse(sizes);
    TraceConfig config =
        TraceConfig.defaults(activeFlows, packets)
            .withChurn(0)
            .withZipfExponent(zipf)
            .withSizeMix(mix);
    return TracePackets.of(
        FlowTraceGenerator.generate(config),
        FlowPatternGenerator.generate(TEMPLATES, PipelineModels.STEPS, 2));
  }

  /** Every flow id of a trace, 0 .. flows - 1. */
  static int[] allFlows(TracePackets packets) {
    int[] flows = new int[packets.flowCount()];
    for (int i = 0; i < flows.length; i++) {
      flows[i] = i;
    }
    return flows;
  }
}
