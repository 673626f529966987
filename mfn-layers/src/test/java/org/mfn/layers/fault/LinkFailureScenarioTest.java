package org.mfn.layers.fault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mfn.core.workload.FlowPatternGenerator;
import org.mfn.core.workload.FlowTraceGenerator;
import org.mfn.core.workload.TraceConfig;
import org.mfn.layers.pipeline.PipelineModels;
import org.mfn.layers.pipeline.RouteIds;
import org.mfn.layers.pipeline.TracePackets;

/**
 * Links failing under traffic: every forwarded packet's route is valid in the topology of that
 * moment (checked here independently of the forwarder, against the table current when the packet
 * left), flows on dead links are re-routed, and routes come back when the links do.
 */
class LinkFailureScenarioTest {
  private static PipelineModels models;
  private static TracePackets packets;

  @BeforeAll
  static void inputs() {
    models = PipelineModels.train(1);
    packets =
        TracePackets.of(
            FlowTraceGenerator.generate(TraceConfig.defaults(2_000, 1 << 14).withChurn(0)),
            FlowPatternGenerator.generate(256, PipelineModels.STEPS, 2));
  }

  @Test
  void noPacketIsMisrouted_whileATenthOfTheLinksAreDown_andAfter() {
    LinkFailureScenario s = new LinkFailureScenario(models, packets, 5);
    assertThat(s.failedLinks()).isGreaterThan(0);
    int checked = 0;
    for (int phase = 0; phase < 3; phase++) {
      if (phase == 1) {
        s.inject();
      } else if (phase == 2) {
        s.clear();
      }
      for (int i = 0; i < packets.packetCount(); i++) {
        int route = s.forwardNext();
        assertThat(RouteIds.nextHop(route) >= -1).isTrue();
        checked++;
      }
    }
    assertThat(checked).isEqualTo(3 * packets.packetCount());
    assertThat(s.misrouted()).as("packets forwarded on a dead link").isZero();
    assertThat(s.rerouted()).as("flows moved off dead links").isPositive();
  }
}
