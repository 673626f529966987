package org.mfn.bench.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class PipelineThroughputBenchmarkPremiseTest {

  @Test
  void everyPacketHits_andOursAndTheBaselineForwardOnTheSameRoutes() throws Exception {
    try (BenchmarkHarness<PipelineThroughputBenchmark> h =
        BenchmarkHarness.of(PipelineThroughputBenchmark.class, Map.of("packetSizes", "imix"))) {
      PipelineThroughputBenchmark.MfnLane ours =
          h.newState(PipelineThroughputBenchmark.MfnLane.class);
      PipelineThroughputBenchmark.BaselineLane theirs =
          h.newState(PipelineThroughputBenchmark.BaselineLane.class);
      PipelineThroughputBenchmark.PassLane pass =
          h.newState(PipelineThroughputBenchmark.PassLane.class);
      PipelineThroughputBenchmark.Bits bits = h.newState(PipelineThroughputBenchmark.Bits.class);
      for (int burst = 0; burst < 50; burst++) {
        int from = ours.position;
        h.call("mfn", ours, bits);
        h.call("baseline", theirs, bits);
        assertThat(theirs.routes).as("burst from %d", from).containsExactly(ours.routes);
        h.call("passThrough", pass, bits);
        assertThat(pass.routes).containsOnly(1);
      }
      assertThat(ours.pipeline.misses()).as("the fast path only").isZero();
      assertThat(ours.pipeline.hits()).isEqualTo(50L * PipelineThroughputBenchmark.BURST);
      assertThat(theirs.pipeline.misses()).isZero();
      long bytes = 0;
      for (int p = 0; p < 50 * PipelineThroughputBenchmark.BURST; p++) {
        bytes += ours.part.sizeOf(p);
      }
      assertThat(bits.classifiedBits).isEqualTo(3 * 8 * bytes);
      assertThat(ours.part.meanPacketBytes()).isBetween(340.0, 370.0); // IMIX: 353.8
    }
  }

  @Test
  void twoLanes_splitTheFlowsBetweenThem() throws Exception {
    try (BenchmarkHarness<PipelineThroughputBenchmark> h =
        BenchmarkHarness.of(PipelineThroughputBenchmark.class, Map.of("packetSizes", "1500"))) {
      PipelineThroughputBenchmark b = h.bench();
      PipelineThroughputBenchmark.MfnLane first = new PipelineThroughputBenchmark.MfnLane();
      PipelineThroughputBenchmark.MfnLane second = new PipelineThroughputBenchmark.MfnLane();
      first.setUp(b, new org.openjdk.jmh.infra.ThreadParams(0, 2, 0, 1, 0, 2, 0, 1, 0, 1));
      second.setUp(b, new org.openjdk.jmh.infra.ThreadParams(1, 2, 0, 1, 1, 2, 0, 1, 0, 1));
      assertThat(first.part.packetCount() + second.part.packetCount())
          .isEqualTo(b.packets.packetCount());
      assertThat(first.pipeline.activeFlows() + second.pipeline.activeFlows())
          .isEqualTo(b.packets.distinctFlows().length);
      assertThat(first.part.sizeOf(0)).isEqualTo(1500);
    }
  }
}
