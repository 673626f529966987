package org.mfn.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mfn.core.io.BoundedProcess;
import org.mfn.core.result.FaultOutcome;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.runner.cli.MfnMain;

/**
 * A smoke run with the fault scenarios, through the jar: the five scenarios run after the
 * benchmarks in their own JVM, land in results.json with before, during, after and a timeline, and
 * the reports show them (a table in summary.md, a table and timelines in report.html); check finds
 * the run whole.
 */
class FaultScenariosIT {
  private static final Path WORK = Path.of("target", "it-runs", "faults");

  @Test
  void smokeRunWithFaultScenarios_recordsAndReportsThem() throws Exception {
    Files.createDirectories(WORK);
    Path output = Files.createTempDirectory(WORK, "run");
    BoundedProcess.Outcome run =
        JarRun.run(
            WORK,
            java.util.Map.of(),
            Duration.ofMinutes(5),
            "--include",
            "AbFixtureBenchmark.work$",
            "--profile",
            "smoke",
            "--fault-scenarios",
            "--no-history",
            "--report",
            "--output",
            output.toAbsolutePath().toString());
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("Fault scenarios: 5, 3 s recorded each, then the fixed-rate");
    Path dir = JarRun.newestRun(output);
    RunResult result = ResultsJson.read(dir.resolve("results.json"));
    List<FaultOutcome> faults = result.faults();
    assertThat(faults)
        .as(run.output())
        .extracting(FaultOutcome::scenario)
        .containsExactly(
            "link-failure",
            "registry-cleared",
            "slow-path-slow",
            "slow-path-failing",
            "socket-restart");
    for (FaultOutcome o : faults) {
      assertThat(o.timeline()).as(o.scenario()).hasSize(30);
      assertThat(o.before().intervals()).as(o.scenario()).isPositive();
      assertThat(o.misrouted()).as(o.scenario()).isZero();
    }
    assertThat(result.benchmarks())
        .extracting(b -> b.benchmark())
        .contains(
            "org.mfn.layers.probe.PipelineLatencyProbe.fixedRate",
            "org.mfn.layers.probe.SocketRoundTripProbe.fixedRate");
    assertThat(Files.readString(dir.resolve("summary.md"))).contains("## Under faults");
    assertThat(Files.readString(dir.resolve("report.html")))
        .contains("<section id=\"faults\">")
        .contains("id=\"fault-4\"");
    StringWriter err = new StringWriter();
    int checked =
        MfnMain.run(
            new String[] {"check", dir.toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertThat(checked).as(err.toString()).isZero();
  }
}
