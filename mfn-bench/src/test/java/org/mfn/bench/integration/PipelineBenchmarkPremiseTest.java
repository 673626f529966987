package org.mfn.bench.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;
import org.mfn.layers.pipeline.StageTimes;

class PipelineBenchmarkPremiseTest {

  @Test
  void everyMeasuredPacketIsANewFlowThroughEveryStage_andBothPipelinesDecideAlike()
      throws Exception {
    try (BenchmarkHarness<PipelineBenchmark> h =
        BenchmarkHarness.of(PipelineBenchmark.class, Map.of())) {
      PipelineBenchmark b = h.bench();
      PipelineBenchmark.Mfn ours = h.newState(PipelineBenchmark.Mfn.class);
      PipelineBenchmark.Baseline theirs = h.newState(PipelineBenchmark.Baseline.class);
      for (int i = 0; i < 40; i++) {
        long missesBefore = ours.pipeline.misses();
        long encodesBefore = ours.pipeline.stageTimes().calls();
        ours.next(b);
        int route = (int) h.call("endToEnd", ours);
        assertThat(ours.pipeline.misses()).as("a miss every time").isEqualTo(missesBefore + 1);
        assertThat(ours.pipeline.stageTimes().calls()).isEqualTo(encodesBefore + 1);
        theirs.next(b);
        assertThat(theirs.packet).isEqualTo(ours.packet);
        int base = (int) h.call("baselineEndToEnd", theirs);
        assertThat(base).as("packet %d", ours.packet).isEqualTo(route);
      }
      assertThat(ours.pipeline.stageTimes().nanos(StageTimes.Stage.CLASSIFY)).isPositive();
      assertThat(ours.pipeline.stageTimes().nanos(StageTimes.Stage.PREDICT)).isPositive();
      assertThat(ours.pipeline.hits()).isZero();
      h.nextIteration();
      assertThat(ours.decisionP50Nanos).isPositive();
      assertThat(ours.decisionP99Nanos).isGreaterThanOrEqualTo(ours.decisionP50Nanos);
      assertThat(ours.decisionP999Nanos).isGreaterThanOrEqualTo(ours.decisionP99Nanos);
      assertThat(theirs.decisionP999Nanos).isGreaterThanOrEqualTo(theirs.decisionP50Nanos);
      assertThat(theirs.decisionP50Nanos).isPositive();
    }
  }

  @Test
  void fastPathBursts_onlyHit_andForwardOnTheSameRoutes() throws Exception {
    try (BenchmarkHarness<PipelineBenchmark> h =
        BenchmarkHarness.of(PipelineBenchmark.class, Map.of())) {
      PipelineBenchmark.Installed ours = h.newState(PipelineBenchmark.Installed.class);
      PipelineBenchmark.Installed theirs = h.newState(PipelineBenchmark.Installed.class);
      for (int i = 0; i < 20; i++) {
        h.call("fastPathBurst", ours);
        h.call("baselineFastPathBurst", theirs);
        assertThat(theirs.routes).containsExactly(ours.routes);
      }
      assertThat(ours.mfn.misses()).isZero();
      assertThat(ours.mfn.hits()).isEqualTo(20L * PipelineBenchmark.BURST);
      assertThat(theirs.baseline.misses()).isZero();
    }
  }
}
