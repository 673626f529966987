package org.mfn.bench.alm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;
import org.mfn.layers.alm.RouteDecision;

class RoutingDecisionBenchmarkPremiseTest {

  @Test
  void httpAndInProcess_giveTheSameDecisions() throws Exception {
    try (BenchmarkHarness<RoutingDecisionBenchmark> h =
        BenchmarkHarness.of(RoutingDecisionBenchmark.class, Map.of())) {
      assertThat(h.callEveryMethodOnce()).hasSize(2);
      RoutingDecisionBenchmark b = h.bench();
      for (int q = 0; q < 200; q++) {
        b.next = q;
        RouteDecision ours = (RouteDecision) h.call("mfnRoute");
        b.next = q;
        RouteDecision http = (RouteDecision) h.call("httpBaseline");
        assertThat(http).isEqualTo(ours);
        assertThat(ours.path()).isNotEmpty();
      }
    }
  }
}
