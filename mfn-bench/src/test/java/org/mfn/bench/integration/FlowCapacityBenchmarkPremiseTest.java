package org.mfn.bench.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class FlowCapacityBenchmarkPremiseTest {

  @Test
  void everyFlowStaysInstalledAndAnswers_inOursAndInTheBaseline() throws Exception {
    try (BenchmarkHarness<FlowCapacityBenchmark> h =
        BenchmarkHarness.of(FlowCapacityBenchmark.class, Map.of("flowCount", "100000"))) {
      FlowCapacityBenchmark.Mfn ours = h.newState(FlowCapacityBenchmark.Mfn.class);
      FlowCapacityBenchmark.Baseline theirs = h.newState(FlowCapacityBenchmark.Baseline.class);
      FlowCapacityBenchmark.Cursor a = h.newState(FlowCapacityBenchmark.Cursor.class);
      FlowCapacityBenchmark.Cursor c = h.newState(FlowCapacityBenchmark.Cursor.class);
      for (int i = 0; i < 100; i++) {
        h.call("activeFlows", ours, a);
        h.call("baseline", theirs, c);
        assertThat(c.routes).containsExactly(a.routes);
      }
      h.nextIteration();
      assertThat(ours.activeFlows).isEqualTo(100_000);
      assertThat(ours.lookupMisses).isZero();
      assertThat(theirs.activeFlows).isEqualTo(100_000);
      assertThat(theirs.lookupMisses).isZero();
    }
  }
}
