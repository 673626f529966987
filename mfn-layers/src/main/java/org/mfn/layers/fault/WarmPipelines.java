package org.mfn.layers.fault;

import java.util.function.UnaryOperator;
import org.mfn.core.flow.FlowHasher;
import org.mfn.layers.ifr.RegistryConfig;
import org.mfn.layers.pipeline.FlowClassifier;
import org.mfn.layers.pipeline.MfnPipeline;
import org.mfn.layers.pipeline.PipelineModels;
import org.mfn.layers.pipeline.PipelineTopology;
import org.mfn.layers.pipeline.TracePackets;

/** Pipelines as the scenarios and probes start them: every flow of the trace installed. */
public final class WarmPipelines {
  private WarmPipelines() {}

  /** Every flow id of a trace, 0 .. flows - 1. */
  public static int[] allFlows(TracePackets packets) {
    int[] flows = new int[packets.flowCount()];
    for (int f = 0; f < flows.length; f++) {
      flows[f] = f;
    }
    return flows;
  }

  /**
   * A pipeline with room for twice the trace's flows and all of them installed.
   *
   * @param models trained models (a copy is taken)
   * @param packets the trace
   * @param topology the network
   * @param classifier wraps the DSR stage (identity for none)
   * @return the pipeline
   */
  public static MfnPipeline of(
      PipelineModels models,
      TracePackets packets,
      PipelineTopology topology,
      UnaryOperator<FlowClassifier> classifier) {
    MfnPipeline pipeline =
        new MfnPipeline(
            RegistryConfig.of(packets.layout(), Math.max(1024, packets.flowCount() * 2))
                .withHasher(FlowHasher.seeded(7)),
            models.copy(),
            topology,
            classifier);
    pipeline.warm(packets, allFlows(packets), 0);
    return pipeline;
  }

  /** A warm pipeline on its own default topology, with the plain DSR stage. */
  public static MfnPipeline of(PipelineModels models, TracePackets packets) {
    return of(models, packets, PipelineTopology.defaults(), c -> c);
  }
}
