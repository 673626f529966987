package org.mfn.bench.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.result.FaultOutcome;

/**
 * Every fault scenario at a short length: each has intervals before, during and after its fault, a
 * recovery time, and no misrouted packet; the socket restart drops requests only while the server
 * is down. (Correctness of the readings, not speed: the figures are the scenarios' own output.)
 */
class FaultScenariosTest {
  @TempDir Path dir;

  @Test
  void everyScenario_hasBeforeDuringAfter_aRecovery_andNothingMisrouted() throws Exception {
    List<FaultOutcome> outcomes = FaultScenarios.runAll(1.5, dir);
    FaultScenarios.print(outcomes, System.out);
    assertThat(outcomes)
        .extracting(FaultOutcome::scenario)
        .containsExactly(
            "link-failure",
            "registry-cleared",
            "slow-path-slow",
            "slow-path-failing",
            "socket-restart");
    for (FaultOutcome o : outcomes) {
      assertThat(o.before().intervals()).as(o.scenario()).isPositive();
      assertThat(o.during().intervals()).as(o.scenario()).isPositive();
      assertThat(o.after().intervals()).as(o.scenario()).isPositive();
      assertThat(o.timeline()).as(o.scenario()).hasSize(30);
      assertThat(o.misrouted()).as(o.scenario()).isZero();
      assertThat(o.before().throughputPerSecond()).as(o.scenario()).isPositive();
    }
    FaultOutcome socket = outcomes.get(4);
    assertThat(socket.dropped()).as("requests while the server was down").isPositive();
  }

  @Test
  void latencyProbes_areBenchmarksWithCorrectedPercentiles() throws Exception {
    List<org.mfn.core.result.BenchmarkResult> probes = FaultScenarios.probes(0.6, dir);
    assertThat(probes)
        .extracting(org.mfn.core.result.BenchmarkResult::benchmark)
        .containsExactly(
            org.mfn.layers.probe.PipelineLatencyProbe.NAME,
            org.mfn.layers.probe.SocketRoundTripProbe.NAME);
    for (org.mfn.core.result.BenchmarkResult p : probes) {
      assertThat(p.mode()).isEqualTo("harness-fixed-rate");
      assertThat(p.forks()).isEqualTo(3);
      assertThat(p.primary().unit()).isEqualTo("us/op");
      assertThat(p.secondary().get("errors").statistics().mean()).as(p.benchmark()).isZero();
      assertThat(p.secondary().get("latency.p99").statistics().mean())
          .isGreaterThanOrEqualTo(p.secondary().get("latency.p50").statistics().mean());
    }
  }
}
