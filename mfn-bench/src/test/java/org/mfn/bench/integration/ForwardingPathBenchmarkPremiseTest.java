package org.mfn.bench.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class ForwardingPathBenchmarkPremiseTest {

  @Test
  void everyQueuedDatagramIsForwarded_oursOnTheRoutesOfItsFlows() throws Exception {
    try (BenchmarkHarness<ForwardingPathBenchmark> h =
        BenchmarkHarness.of(ForwardingPathBenchmark.class, Map.of("packetSizes", "imix"))) {
      ForwardingPathBenchmark b = h.bench();
      long expected = 0;
      int start = b.position;
      for (int i = 0; i < ForwardingPathBenchmark.BURST; i++) {
        int flow = b.packets.flowOf(start + i);
        expected += b.pipeline.routeOf(b.packets, flow);
      }
      b.queueBurst();
      long sum = (long) h.call("mfn");
      b.drainNextHop(); // throws unless every datagram arrived at the next hop
      assertThat(sum).isEqualTo(expected);
      assertThat(b.pipeline.misses()).isZero();
      assertThat(b.pipeline.hits()).isEqualTo(ForwardingPathBenchmark.BURST);

      b.queueBurst();
      h.call("passThrough");
      b.drainNextHop();
      assertThat(b.pipeline.hits()).as("no MFN work on the pass-through path").isEqualTo(32);
    }
  }
}
