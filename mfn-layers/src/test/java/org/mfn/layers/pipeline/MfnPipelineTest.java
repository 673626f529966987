package org.mfn.layers.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mfn.core.workload.FlowPatternGenerator;
import org.mfn.core.workload.FlowTraceGenerator;
import org.mfn.core.workload.TraceConfig;
import org.mfn.layers.alm.RouteDecision;
import org.mfn.layers.baseline.HttpRouteClient;
import org.mfn.layers.baseline.HttpRouteServer;

class MfnPipelineTest {
  private static PipelineModels models;
  private static PipelineTopology topology;
  private static TracePackets packets;

  @BeforeAll
  static void setUp() {
    models = PipelineModels.train(11);
    topology = PipelineTopology.defaults();
    packets =
        TracePackets.of(
            FlowTraceGenerator.generate(TraceConfig.defaults(2_000, 20_000).withSeed(5)),
            FlowPatternGenerator.generate(64, PipelineModels.STEPS, 3));
  }

  @Test
  void decisions_equalTheBaselinePipelinesOnASeededTrace() throws Exception {
    MfnPipeline ours = MfnPipeline.of(packets, 8_192, models.copy(), topology);
    try (HttpRouteServer server = HttpRouteServer.start(topology.routing(), 2);
        HttpRouteClient client = new HttpRouteClient(server.uri())) {
      BaselinePipeline theirs = new BaselinePipeline(8_192, models.copy(), topology, client);
      int compared = 0;
      for (int p = 0; p < 6_000; p++) {
        long now = p * 1_000L;
        int mine = ours.process(packets, p, now);
        int base = theirs.process(packets, p, now);
        assertThat(mine).as("packet %d", p).isEqualTo(base);
        compared++;
      }
      assertThat(compared).isEqualTo(6_000);
      assertThat(ours.misses()).isEqualTo(theirs.misses()).isPositive();
      assertThat(ours.hits()).isEqualTo(theirs.hits()).isPositive();
    }
  }

  @Test
  void routes_areTheRoutingServicesDecisionForTheFlowsHashAndItsClassIsTheRecognizers() {
    MfnPipeline ours = MfnPipeline.of(packets, 8_192, models.copy(), topology);
    PipelineModels check = models.copy();
    float[] e = new float[PipelineModels.DIMENSIONS];
    for (int p = 0; p < 500; p++) {
      int route = ours.process(packets, p, p);
      int flow = packets.flowOf(p);
      long hash =
          org.mfn.core.flow.FlowHash.hash(
              packets.keyWords(), packets.keyOffset(flow), packets.stride());
      RouteDecision expected =
          topology.routing().decide(hash, topology.ingressOf(hash), topology.egressOf(hash));
      assertThat(RouteIds.nextHop(route)).isEqualTo(expected.nextHop());
      assertThat(RouteIds.backend(route)).isEqualTo(expected.backend());
      FlowPatternGenerator.Sequences t = packets.templates();
      int template = packets.templateOf(flow);
      check.encoder().encode(t.features(), t.offset(template), t.steps(), e, 0);
      assertThat(RouteIds.flowClass(route)).isEqualTo(check.recognizer().recognize(e, 0));
    }
  }

  @Test
  void counters_addUpToThePacketsAndMissesToTheDistinctFlows() {
    MfnPipeline ours = MfnPipeline.of(packets, 8_192, models.copy(), topology);
    int[] routes = new int[256];
    int n = 0;
    for (int from = 0; from + 256 <= packets.packetCount(); from += 256) {
      ours.processBurst(packets, from, 256, from, routes);
      n += 256;
    }
    assertThat(ours.hits() + ours.misses()).isEqualTo(n);
    java.util.Set<Integer> flows = new java.util.HashSet<>();
    for (int p = 0; p < n; p++) {
      flows.add(packets.flowOf(p));
    }
    // Capacity exceeds the distinct flows, so nothing is evicted: one miss per flow.
    assertThat(ours.misses()).isEqualTo(flows.size());
    assertThat(ours.activeFlows()).isEqualTo(flows.size());
    assertThat(ours.stageTimes().calls()).isEqualTo(flows.size());
  }

  @Test
  void warm_installsEveryFlowSoThatTheTraceOnlyHits() {
    TracePackets part = packets.partition(2, 1);
    MfnPipeline ours = MfnPipeline.of(part, 8_192, models.copy(), topology);
    int installed = ours.warm(part, part.distinctFlows(), 0);
    assertThat(installed).isEqualTo(part.distinctFlows().length);
    for (int p = 0; p < part.packetCount(); p++) {
      assertThat(ours.process(part, p, p)).isNotNegative();
    }
    assertThat(ours.misses()).isZero();
    assertThat(ours.hits()).isEqualTo(part.packetCount());
  }

  @Test
  void partitions_splitThePacketsByFlowWithoutLosingAny() {
    TracePackets a = packets.partition(2, 0);
    TracePackets b = packets.partition(2, 1);
    assertThat(a.packetCount() + b.packetCount()).isEqualTo(packets.packetCount());
    java.util.Set<Integer> inA = new java.util.HashSet<>();
    for (int f : a.distinctFlows()) {
      inA.add(f);
    }
    for (int f : b.distinctFlows()) {
      assertThat(inA).doesNotContain(f);
    }
  }

  @Test
  void passThrough_forwardsEveryPacketOnTheDefaultRoute() {
    PassThroughPipeline pass = new PassThroughPipeline(3);
    int[] routes = new int[100];
    long bytes = pass.processBurst(packets, 0, 100, 0, routes);
    long expected = 0;
    for (int p = 0; p < 100; p++) {
      expected += packets.sizeOf(p);
      assertThat(routes[p]).isEqualTo(3);
    }
    assertThat(bytes).isEqualTo(expected);
    assertThat(pass.hits()).isEqualTo(100);
  }

  @Test
  void badArguments_areRejectedNamingTheValue() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PassThroughPipeline(-2))
        .hasMessageContaining("-2");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> packets.partition(2, 2))
        .hasMessageContaining("2 of 2");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PipelineTopology(1, 1, 1, 1))
        .hasMessageContaining("nodes must be in 2..");
  }
}
