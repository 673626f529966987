package org.mfn.bench.ifr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;
import org.mfn.layers.baseline.HashMapFlowStore;
import org.mfn.layers.ifr.FlowRegistry;

/**
 * Runs in mfn-bench's test JVM, which uses the serial collector without TLABs like the benchmark's
 * forks, so that the probe's figures are defined.
 */
class FlowMemoryBenchmarkPremiseTest {

  @Test
  void buildsHoldEveryFlow_andTheProbeMeasuresTheirFootprintAfterTheIteration() throws Exception {
    try (BenchmarkHarness<FlowMemoryBenchmark> h =
        BenchmarkHarness.of(FlowMemoryBenchmark.class, Map.of())) {
      int flows = h.bench().flowCount;
      FlowMemoryBenchmark.Footprint ours = h.newState(FlowMemoryBenchmark.Footprint.class);
      FlowRegistry registry = (FlowRegistry) h.call("registry", ours);
      assertThat(registry.size()).isEqualTo(flows);
      assertThat(ours.retainedBytes).as("nothing probed inside the measured build").isZero();
      registry = null;
      h.nextIteration();

      FlowMemoryBenchmark.Footprint theirs = h.newState(FlowMemoryBenchmark.Footprint.class);
      HashMapFlowStore store = (HashMapFlowStore) h.call("hashMapBaseline", theirs);
      assertThat(store.size()).isEqualTo(flows);
      store = null;
      h.nextIteration();

      // About 61 bytes per flow by construction (FlowRegistry's Javadoc); the HashMap store's
      // entry, key and record objects cost well over twice that.
      assertThat(ours.perFlowBytes).isBetween(45.0, 90.0);
      assertThat(theirs.perFlowBytes).isGreaterThan(2 * ours.perFlowBytes);
      assertThat(ours.retainedBytes).isEqualTo(Math.round(ours.perFlowBytes * flows));
    }
  }
}
