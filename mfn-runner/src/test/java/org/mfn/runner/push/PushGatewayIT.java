package org.mfn.runner.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mfn.core.io.BoundedProcess;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.report.prometheus.PrometheusExport;
import org.mfn.runner.JarRun;
import org.mfn.runner.RealServers;

/**
 * Pushes to Debian's real Pushgateway on a loopback port and reads the series back from its {@code
 * /metrics}; checks what is pushed and what {@code metrics.prom} holds with promtool; and the
 * failure path of a gateway that is not there, from the API and from the command line.
 */
class PushGatewayIT {
  private static final Path WORK = Path.of("target", "it-runs", "push");
  private static final Path SMOKE_A = Path.of("src/test/resources/compare/smoke-a.json");
  private static final Path SMOKE_B = Path.of("src/test/resources/compare/smoke-b.json");

  @Test
  void runsFromTwoHosts_landInTwoGroups_withTheRunsLabels_andARepushReplacesItsOwnGroup()
      throws Exception {
    RunResult a = ResultsJson.read(SMOKE_A);
    RunResult b = ResultsJson.read(SMOKE_B);
    try (RealServers.Pushgateway gateway = RealServers.startPushgateway(WORK)) {
      PushGatewayPublisher publisher = PushGatewayPublisher.to(gateway.url(), "mfn-bench");
      publisher.push(a, "host-a");
      publisher.push(a, "host-b");
      String metrics = gateway.metrics();
      String claim = a.targets().get(0).id();
      for (String host : List.of("host-a", "host-b")) {
        assertThat(series(metrics, "mfn_claim_verdict", "claim=\"" + claim + "\"", host))
            .as(metrics)
            .hasSize(4) // one per verdict, 1 for the claim's and 0 for the others
            .allSatisfy(
                line ->
                    assertThat(line)
                        .contains("job=\"mfn-bench\"")
                        .contains("profile=\"smoke\"")
                        .contains("jdk=\"" + a.environment().jdkVersion() + "\"")
                        .contains("commit=\"unknown\""));
        assertThat(series(metrics, "mfn_benchmark_score_seconds", "bound=\"mean\"", host))
            .isNotEmpty();
        assertThat(series(metrics, "mfn_run_info", "mfn_version=", host)).hasSize(1);
      }
      String endA = value(series(metrics, "mfn_run_end_timestamp_seconds", "", "host-a").get(0));

      publisher.push(b, "host-a");
      String after = gateway.metrics();
      String endB = value(series(after, "mfn_run_end_timestamp_seconds", "", "host-a").get(0));
      assertThat(endB).isNotEqualTo(endA);
      assertThat(series(after, "mfn_run_end_timestamp_seconds", "", "host-a")).hasSize(1);
      assertThat(value(series(after, "mfn_run_end_timestamp_seconds", "", "host-b").get(0)))
          .isEqualTo(endA);
    }
  }

  @Test
  void aGatewayThatIsNotThere_isOneLineNamingIt() throws Exception {
    String nowhere = "http://127.0.0.1:" + RealServers.freePort();
    PushGatewayPublisher publisher = PushGatewayPublisher.to(nowhere, "mfn-bench");
    assertThatThrownBy(() -> publisher.push(ResultsJson.read(SMOKE_A), "h"))
        .isInstanceOf(PushException.class)
        .hasMessageContaining(nowhere)
        .hasMessageContaining("connection refused")
        .hasMessageNotContaining("\n");
  }

  @Test
  void promtool_acceptsMetricsProm_andWhatIsPushed() throws Exception {
    Path promtool = RealServers.promtool();
    RunResult a = ResultsJson.read(SMOKE_A);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    new PrometheusExport().render(a, file);
    ByteArrayOutputStream pushed = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(pushed, PushGatewayPublisher.snapshots(a));
    for (ByteArrayOutputStream text : List.of(file, pushed)) {
      Process p =
          new ProcessBuilder(promtool.toString(), "check", "metrics")
              .redirectErrorStream(true)
              .start();
      try (OutputStream in = p.getOutputStream()) {
        in.write(text.toByteArray());
      }
      String said = new String(p.getInputStream().readAllBytes());
      assertThat(p.waitFor()).as(said + "\n" + text).isZero();
      assertThat(said).as(said).doesNotContain("problem");
    }
  }

  @Test
  void commandLine_pushesAfterTheRun_andARequiredPushThatFailsIsExit6WithTheFilesKept()
      throws Exception {
    Files.createDirectories(WORK);
    try (RealServers.Pushgateway gateway = RealServers.startPushgateway(WORK)) {
      Path output = Files.createTempDirectory(WORK, "pushed");
      BoundedProcess.Outcome run =
          runJar(output, "--push-gateway", gateway.url(), "--push-job", "ci");
      assertThat(run.exitCode()).as(run.output()).isZero();
      assertThat(run.output()).contains("Pushed: the run's metrics to " + gateway.url());
      String metrics = gateway.metrics();
      assertThat(metrics)
          .containsPattern(
              "mfn_benchmark_score_seconds\\{[^}]*benchmark=\"org.mfn.bench.tooling"
                  + ".AbFixtureBenchmark.work\"[^}]*job=\"ci\"");
    }
    Path output = Files.createTempDirectory(WORK, "refused");
    String nowhere = "http://127.0.0.1:" + RealServers.freePort();
    BoundedProcess.Outcome run = runJar(output, "--push-gateway", nowhere, "--push-required");
    assertThat(run.exitCode()).as(run.output()).isEqualTo(6);
    assertThat(run.output())
        .contains("mfn: warning: cannot push to the Pushgateway at " + nowhere)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    try (Stream<Path> files = Files.walk(output)) {
      assertThat(files.filter(f -> f.getFileName().toString().equals("results.json"))).hasSize(1);
    }
  }

  private static BoundedProcess.Outcome runJar(Path output, String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--include",
                "AbFixtureBenchmark.work$",
                "--profile",
                "smoke",
                "--no-history",
                "--output",
                output.toAbsolutePath().toString()));
    args.addAll(List.of(extra));
    return JarRun.run(WORK, Map.of(), Duration.ofMinutes(3), args.toArray(new String[0]));
  }

  /** The gateway's lines of one metric for one host whose labels contain a text. */
  private static List<String> series(String metrics, String name, String contains, String host) {
    return metrics
        .lines()
        .filter(l -> l.startsWith(name + "{"))
        .filter(l -> l.contains("host=\"" + host + "\""))
        .filter(l -> l.contains(contains))
        .toList();
  }

  private static String value(String line) {
    return line.substring(line.lastIndexOf(' ') + 1);
  }
}
