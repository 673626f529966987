package org.mfn.bench.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;
import org.mfn.layers.pipeline.BaselinePipeline;
import org.mfn.layers.pipeline.MfnPipeline;

/** Runs in mfn-bench's test JVM (serial collector, no TLABs), like the benchmark's forks. */
class PipelineMemoryBenchmarkPremiseTest {

  @Test
  void buildsHoldEveryFlow_andTheProbeMeasuresTheWholePipelineAfterTheIteration() throws Exception {
    try (BenchmarkHarness<PipelineMemoryBenchmark> h =
        BenchmarkHarness.of(PipelineMemoryBenchmark.class, Map.of("flowCount", "100000"))) {
      PipelineMemoryBenchmark.Footprint ours = h.newState(PipelineMemoryBenchmark.Footprint.class);
      MfnPipeline pipeline = (MfnPipeline) h.call("mfn", ours);
      assertThat(pipeline.activeFlows()).isEqualTo(100_000);
      assertThat(ours.retainedBytes).as("nothing probed inside the measured build").isZero();
      pipeline = null;
      h.nextIteration();

      PipelineMemoryBenchmark.Footprint theirs =
          h.newState(PipelineMemoryBenchmark.Footprint.class);
      BaselinePipeline baseline = (BaselinePipeline) h.call("baseline", theirs);
      assertThat(baseline.activeFlows()).isEqualTo(100_000);
      baseline = null;
      h.nextIteration();

      // The registry alone is about 61 bytes a flow; the routing tables of 50 ingress nodes over
      // 1,000 nodes and the model copies add a fixed few MB.
      assertThat(ours.perFlowBytes).isBetween(45.0, 1_000.0);
      assertThat(ours.retainedBytes).isGreaterThan(6_000_000L);
      assertThat(theirs.perFlowBytes).isGreaterThan(ours.perFlowBytes);
    }
  }
}
