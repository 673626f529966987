package org.mfn.bench.integration;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mfn.core.harness.HarnessResult;
import org.mfn.core.harness.ProbeResults;
import org.mfn.core.model.Layer;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.FaultOutcome;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.stats.SampleSummarizer;
import org.mfn.layers.fault.FaultRun;
import org.mfn.layers.fault.FaultScenario;
import org.mfn.layers.fault.FaultyClassifier;
import org.mfn.layers.fault.LinkFailureScenario;
import org.mfn.layers.fault.RegistryClearScenario;
import org.mfn.layers.fault.SlowPathFaultScenario;
import org.mfn.layers.fault.SocketRestartScenario;
import org.mfn.layers.fault.WarmPipelines;
import org.mfn.layers.ifr.FlowRegistry;
import org.mfn.layers.pipeline.MfnPipeline;
import org.mfn.layers.pipeline.PipelineModels;
import org.mfn.layers.pipeline.TracePackets;
import org.mfn.layers.probe.PipelineLatencyProbe;
import org.mfn.layers.probe.ProbeLoad;
import org.mfn.layers.probe.SocketRoundTripProbe;

/**
 * The integration's fault scenarios, measured with the harness rather than JMH (each is one long
 * run with a fault at a known time, not a repeated operation): 10% of links down, the registry
 * cleared, the slow path slow, the slow path failing, the IFR socket server restarting. Each runs
 * at a fixed offered load with the fault at a third of the recorded time and cleared at two thirds;
 * prints a table and writes every outcome, timelines included, as JSON.
 *
 * <p>{@code java -cp mfn-runner.jar org.mfn.bench.integration.FaultScenarios [OUT.json [SECONDS]]}
 * (default {@code faults.json}, 3 s recorded per scenario: the smoke length).
 */
public final class FaultScenarios {
  /** Flows in the trace. */
  static final int FLOWS = 10_000;

  /** Offered load on the pipeline, packets per second. */
  static final double PIPELINE_RATE = 50_000;

  /** Offered load on the socket server, requests per second. */
  static final double SOCKET_RATE = 5_000;

  private FaultScenarios() {}

  /**
   * Runs the fixed-rate latency probes: the socket round trip and the pipeline's per-packet
   * latency, 3 rounds each.
   *
   * @param seconds recorded time per round
   * @param socketDirectory where the socket file goes
   * @return the probes as benchmark results
   * @throws IOException if the socket server cannot start
   */
  public static List<BenchmarkResult> probes(double seconds, Path socketDirectory)
      throws IOException {
    PipelineModels models = PipelineModels.train(1);
    TracePackets packets = PipelineInputs.trace(FLOWS, 1 << 16, "imix", 1.0);
    Duration duration = Duration.ofMillis(Math.round(seconds * 1000));
    Duration warmup = Duration.ofMillis(Math.round(seconds * 1000 / 3));
    MfnPipeline pipeline = WarmPipelines.of(models, packets);
    SampleSummarizer stats = new SampleSummarizer(0.95, 1000);
    HarnessResult latency =
        PipelineLatencyProbe.measure(
            pipeline, packets, new ProbeLoad(PIPELINE_RATE, warmup, duration, 3));
    MfnPipeline served = WarmPipelines.of(models, packets);
    HarnessResult socket =
        SocketRoundTripProbe.measure(
            served.registry(),
            packets,
            socketDirectory.resolve("ifr-probe.sock"),
            new ProbeLoad(SOCKET_RATE, warmup, duration, 3));
    return List.of(
        latency.toBenchmarkResult(
            stats, Layer.INTEGRATION, Map.of("ratePerSecond", Long.toString((long) PIPELINE_RATE))),
        socket.toBenchmarkResult(
            stats, Layer.IFR, Map.of("ratePerSecond", Long.toString((long) SOCKET_RATE))));
  }

  /**
   * Runs every scenario.
   *
   * @param seconds recorded time per scenario
   * @param socketDirectory where the socket scenario's socket file goes
   * @return the outcomes
   * @throws IOException if the socket server cannot start
   */
  public static List<FaultOutcome> runAll(double seconds, Path socketDirectory) throws IOException {
    PipelineModels models = PipelineModels.train(1);
    TracePackets packets = PipelineInputs.trace(FLOWS, 1 << 16, "imix", 1.0);
    Duration duration = Duration.ofMillis(Math.round(seconds * 1000));
    Duration warmup = Duration.ofMillis(Math.round(seconds * 1000 / 3));
    List<FaultOutcome> outcomes = new ArrayList<>();
    List<FaultScenario> pipelineScenarios =
        List.of(
            new LinkFailureScenario(models, packets, 5),
            new RegistryClearScenario(models, packets),
            new SlowPathFaultScenario(models, packets, FaultyClassifier.Mode.SLOW),
            new SlowPathFaultScenario(models, packets, FaultyClassifier.Mode.FAILING));
    for (FaultScenario s : pipelineScenarios) {
      try (s) {
        outcomes.add(FaultRun.run(s, PIPELINE_RATE, warmup, duration));
      }
    }
    FlowRegistry registry = WarmPipelines.of(models, packets).registry();
    try (SocketRestartScenario s =
        new SocketRestartScenario(registry, packets, socketDirectory.resolve("ifr-fault.sock"))) {
      outcomes.add(FaultRun.run(s, SOCKET_RATE, warmup, duration));
    }
    return outcomes;
  }

  /** Prints the table: before, during, after, recovery, dropped, misrouted. */
  public static void print(List<FaultOutcome> outcomes, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%-18s %-58s %12s %12s %12s %10s %8s %9s%n",
        "scenario",
        "fault",
        "p99 before",
        "p99 during",
        "p99 after",
        "recovery",
        "dropped",
        "misrouted");
    for (FaultOutcome o : outcomes) {
      out.printf(
          Locale.ROOT,
          "%-18s %-58s %12s %12s %12s %8s %8d %9d%n",
          o.scenario(),
          o.fault().length() > 58 ? o.fault().substring(0, 57) + "~" : o.fault(),
          micros(o.before().p99Micros()),
          micros(o.during().worstP99Micros()),
          micros(o.after().p99Micros()),
          o.recoverySeconds() == null
              ? "never"
              : String.format(Locale.ROOT, "%.2f s", o.recoverySeconds()),
          o.dropped(),
          o.misrouted());
    }
  }

  /**
   * A directory for the socket files, short enough for a Unix socket's path (at most 107 bytes on
   * Linux): under java.io.tmpdir, or under /tmp when that is too deep.
   */
  static Path socketDirectory() throws IOException {
    Path base = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    if (base.toString().length() > 60 && Files.isDirectory(Path.of("/tmp"))) {
      base = Path.of("/tmp");
    }
    return Files.createTempDirectory(base, "mfn-");
  }

  private static String micros(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.1f us", v);
  }

  /**
   * Runs the scenarios and the probes and writes their outcomes.
   *
   * @param args output file, seconds per scenario
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "faults.json");
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
    Path dir = socketDirectory();
    List<FaultOutcome> outcomes = runAll(seconds, dir);
    print(outcomes, System.out);
    List<BenchmarkResult> probes = probes(seconds, dir);
    for (BenchmarkResult p : probes) {
      System.out.printf(
          Locale.ROOT,
          "%s: p99 %.1f us, p99.9 %.1f us (uncorrected p99 %.1f us)%n",
          p.benchmark(),
          p.secondary().get("latency.p99").statistics().mean(),
          p.secondary().get("latency.p99.9").statistics().mean(),
          p.secondary().get("latency.p99.uncorrected").statistics().mean());
    }
    Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "faults-", ".tmp");
    ResultsJson.mapper().writeValue(tmp.toFile(), new ProbeResults(outcomes, probes));
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.deleteIfExists(dir);
    System.out.println("Written to " + out);
  }
}
