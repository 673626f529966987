package org.mfn.runner.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.mfn.core.harness.ProbeResults;
import org.mfn.core.model.Layer;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.EnvironmentInfo;
import org.mfn.core.result.Improvement;
import org.mfn.core.result.ImprovementFinder;
import org.mfn.core.result.MachineCheck;
import org.mfn.core.result.RunLength;
import org.mfn.core.result.RunSettings;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.core.stats.SampleSummarizer;
import org.mfn.core.target.TargetCatalogue;
import org.mfn.core.target.TargetCatalogueReader;
import org.mfn.core.target.TargetJudge;
import org.mfn.core.target.TargetVerdict;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;
import org.mfn.runner.jmh.JmhDriver;
import org.mfn.runner.jmh.JmhJsonReader;
import org.mfn.runner.jmh.JmhRecord;
import org.mfn.runner.jmh.ResultAssembler;
import org.mfn.runner.jmh.StopRequest;
import org.mfn.runner.jmh.WarmupRecorder;
import org.mfn.runner.plan.BenchmarkCatalog;
import org.mfn.runner.plan.BenchmarkInfo;
import org.mfn.runner.plan.BenchmarkSelector;
import org.mfn.runner.plan.RunPlan;
import org.mfn.runner.plan.Selection;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs a {@link RunPlan}: selects the benchmarks, creates the run directory, drives JMH, and writes
 * {@code jmh.json} and {@code results.json} (statistics, MFN-vs-baseline comparisons and the
 * verdict on every claim). Output goes only to the given writer.
 */
public final class RunService {
  /** The results file name in a run directory. */
  public static final String RESULTS_JSON = "results.json";

  private final PrintWriter out;
  private final String version;
  private final boolean verbose;
  private final StopRequest stop;
  private RunListener listener = RunListener.NONE;
  private Supplier<List<MachineCheck>> preflight = List::of;
  private boolean strictMachine;
  private Double faultSeconds;

  /**
   * Creates the service.
   *
   * @param out where progress and notes go
   * @param version the runner's version, recorded in the results
   * @param verbose whether every iteration is printed
   */
  public RunService(PrintWriter out, String version, boolean verbose) {
    this(out, version, verbose, StopRequest.never());
  }

  /**
   * Creates the service with a stop request (Ctrl-C) checked between benchmarks.
   *
   * @param out where progress and notes go
   * @param version the runner's version, recorded in the results
   * @param verbose whether every iteration is printed
   * @param stop the stop request
   */
  public RunService(PrintWriter out, String version, boolean verbose, StopRequest stop) {
    this.out = out;
    this.version = version;
    this.verbose = verbose;
    this.stop = stop;
  }

  /**
   * Also runs the integration's fault scenarios after the benchmarks ({@link FaultProbe}).
   *
   * @param secondsPerScenario recorded time of each, or null not to run them
   * @return this service
   */
  public RunService withFaultScenarios(Double secondsPerScenario) {
    this.faultSeconds = secondsPerScenario;
    return this;
  }

  /**
   * Sets who else follows the run (e.g. a dashboard), besides the console.
   *
   * @param runListener the listener
   * @return this service
   */
  public RunService withListener(RunListener runListener) {
    this.listener = runListener == null ? RunListener.NONE : runListener;
    return this;
  }

  /**
   * Checks the machine before each run, records the checks in the results, and prints every
   * warning; with {@code strict}, a warning stops the run before it starts (exit 2).
   *
   * @param checks the preflight (e.g. {@code MachinePreflight.ofThisMachine()::run})
   * @param strict whether a warning is an error ({@code --strict-machine})
   * @return this service
   */
  public RunService withPreflight(Supplier<List<MachineCheck>> checks, boolean strict) {
    this.preflight = checks;
    this.strictMachine = strict;
    return this;
  }

  /**
   * Runs the plan.
   *
   * @param plan what to run
   * @return the run directory and its results
   * @throws MfnException with exit code 2 when nothing matches the selection, 1 when a benchmark or
   *     a file fails
   */
  public RunOutcome run(RunPlan plan) {
    return run(plan, null);
  }

  /**
   * Runs the plan and compares its results with a baseline's; the comparison is part of {@code
   * results.json}.
   *
   * @param plan what to run
   * @param check the baseline to compare with, or null for no regression check
   * @return the run directory and its results, with the comparison when one was asked for
   * @throws MfnException with exit code 2 when nothing matches the selection, 1 when a benchmark or
   *     a file fails
   */
  public RunOutcome run(RunPlan plan, RegressionCheck check) {
    BenchmarkCatalog catalog = BenchmarkCatalog.load();
    List<BenchmarkInfo> selected = BenchmarkSelector.select(catalog, plan);
    List<Layer> notBuilt = BenchmarkSelector.layersNotBuilt(catalog, plan.selection().layers());
    for (Layer layer : notBuilt) {
      out.printf(
          Locale.ROOT,
          "note: layer %s (%s) has no benchmarks yet; its claims are reported NOT_MEASURED%n",
          layer.shortName(),
          layer.title());
    }
    if (selected.isEmpty() && !plan.selection().includes().isEmpty()) {
      throw new MfnException(
          ExitCodes.USAGE,
          "no benchmark of the selected layers matches --include "
              + String.join(", ", plan.selection().includes()));
    }
    if (plan.jmh().cpuAffinity() != null) {
      CpuAffinity.pin(plan.jmh().cpuAffinity());
      out.println("Pinned to CPUs " + plan.jmh().cpuAffinity() + " (benchmark JVMs inherit it)");
    }
    List<MachineCheck> machine = checkMachine();
    Instant start = Instant.now();
    Path runDirectory = RunDirectory.create(plan.output().directory(), start);
    stop.writingInto(runDirectory);
    EnvironmentInfo environment = EnvironmentProbe.describe(version, start);
    printEstimate(plan, selected);
    listener.runStarted(
        runDirectory.getFileName().toString(),
        selected.stream().mapToInt(plan::parameterSets).sum(),
        plan.estimateSeconds(selected, JmhDriver.SETUP_SECONDS_PER_FORK),
        plan.jmh().lengths().profile() == null
            ? "annotations"
            : plan.jmh().lengths().profile().cliName());
    SampleSummarizer summarizer =
        new SampleSummarizer(
            plan.analysis().confidenceLevel(), plan.analysis().bootstrapResamples());
    WarmupRecorder warmup = new WarmupRecorder();
    JmhDriver.JmhRun run;
    try {
      run = selected.isEmpty() ? null : measure(plan, selected, runDirectory, warmup);
    } catch (MfnException e) {
      deleteIfEmpty(runDirectory); // a run that failed before writing anything leaves no trace
      throw e;
    }
    List<JmhRecord> records = run == null ? List.of() : JmhJsonReader.read(run.json());
    List<BenchmarkResult> results =
        withWarmup(new ResultAssembler(catalog, summarizer).assemble(records), warmup);
    ProbeResults probes =
        faultSeconds != null && !(run != null && run.interrupted()) && !stop.requested()
            ? probes()
            : new ProbeResults(List.of(), List.of());
    if (!probes.probes().isEmpty()) {
      List<BenchmarkResult> all = new ArrayList<>(results);
      all.addAll(probes.probes());
      results = List.copyOf(all);
    }
    List<String> forkFlags =
        records.stream().flatMap(r -> r.jvmArgs().stream()).distinct().toList();
    List<Improvement> improvements =
        new ImprovementFinder(
                plan.analysis().confidenceLevel(), plan.analysis().bootstrapResamples())
            .find(
                results,
                name -> catalog.find(name).map(BenchmarkInfo::alsoCompare).orElse(List.of()));
    TargetCatalogue catalogue = TargetCatalogueReader.loadDefault();
    List<TargetVerdict> verdicts =
        new TargetJudge(plan.analysis().confidenceLevel(), plan.analysis().bootstrapResamples())
            .judgeAll(catalogue, results);
    RunResult result =
        new RunResult(
            RunResult.SCHEMA_VERSION,
            environment
                .withBenchmarkJvmFlags(forkFlags)
                .withEndTime(Instant.now().toString())
                .withMachineChecks(machine),
            settings(plan, notBuilt, selected),
            results,
            improvements,
            verdicts,
            check == null ? null : check.compare(results));
    result = result.withFaults(probes.faults());
    try {
      ResultsJson.write(result, runDirectory.resolve(RESULTS_JSON));
    } catch (IOException e) {
      throw new MfnException(
          ExitCodes.RUNTIME,
          "cannot write " + runDirectory.resolve(RESULTS_JSON) + ": " + e.getMessage(),
          e);
    }
    return new RunOutcome(runDirectory, result, run != null && run.interrupted());
  }

  /** Runs the fault scenarios; a failure is a warning and leaves the run without them. */
  private ProbeResults probes() {
    out.printf(
        Locale.ROOT,
        "Fault scenarios: %d, %.0f s recorded each, then the fixed-rate latency probes, in a fresh"
            + " JVM%n",
        FaultProbe.SCENARIOS,
        faultSeconds);
    out.flush();
    try {
      Path work = Files.createTempDirectory("mfn-faults");
      try {
        return FaultProbe.run(faultSeconds, work, out);
      } finally {
        deleteTree(work);
      }
    } catch (IOException e) {
      out.println("mfn: warning: the fault scenarios failed, the run has none: " + e.getMessage());
      out.flush();
      return new ProbeResults(List.of(), List.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ProbeResults(List.of(), List.of());
    }
  }

  private static void deleteTree(Path root) {
    try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is not worth failing the run over
    }
  }

  private List<MachineCheck> checkMachine() {
    List<MachineCheck> checks = preflight.get();
    List<MachineCheck> warnings =
        checks.stream().filter(c -> c.status() == MachineCheck.Status.WARNING).toList();
    for (MachineCheck w : warnings) {
      out.println("machine: " + w.describe());
    }
    out.flush();
    if (strictMachine && !warnings.isEmpty()) {
      throw new MfnException(
          ExitCodes.USAGE,
          "--strict-machine: the machine is not ready ("
              + warnings.size()
              + " warning(s) above: "
              + String.join(", ", warnings.stream().map(MachineCheck::name).toList())
              + "); nothing was run");
    }
    return checks;
  }

  private static List<BenchmarkResult> withWarmup(
      List<BenchmarkResult> results, WarmupRecorder warmup) {
    return results.stream()
        .map(
            r -> {
              List<List<Double>> series = warmup.forResult(r.benchmark(), r.params());
              return series == null
                  ? r
                  : new BenchmarkResult(
                      r.benchmark(),
                      r.params(),
                      r.layer(),
                      r.subject(),
                      r.role(),
                      r.implementation(),
                      r.mode(),
                      r.threads(),
                      r.forks(),
                      r.primary().withWarmup(series),
                      r.secondary(),
                      r.jvmArgs());
            })
        .toList();
  }

  private JmhDriver.JmhRun measure(
      RunPlan plan, List<BenchmarkInfo> selected, Path runDirectory, WarmupRecorder warmup) {
    try {
      return new JmhDriver()
          .run(
              plan,
              selected,
              runDirectory,
              new ProgressFanOut(new ConsoleProgress(out, verbose), listener),
              warmup,
              stop);
    } catch (RunnerException e) {
      throw new MfnException(
          ExitCodes.RUNTIME,
          "the benchmark run failed: "
              + rootMessage(e)
              + " (JMH's log: "
              + runDirectory.resolve(JmhDriver.JMH_LOG)
              + ")",
          e);
    } catch (IOException e) {
      throw new MfnException(
          ExitCodes.RUNTIME,
          "cannot write the JMH results in " + runDirectory + ": " + e.getMessage(),
          e);
    }
  }

  private void printEstimate(RunPlan plan, List<BenchmarkInfo> selected) {
    out.println(RunEstimate.describe(plan, selected));
    out.flush();
  }

  private static RunSettings settings(
      RunPlan plan, List<Layer> notBuilt, List<BenchmarkInfo> selected) {
    Map<String, RunLength> lengths = new LinkedHashMap<>();
    selected.forEach(b -> lengths.put(b.name(), plan.lengthOf(b)));
    RunSettings settings =
        RunSettings.of(
            plan.jmh().lengths().profile() == null
                ? "annotations"
                : plan.jmh().lengths().profile().cliName(),
            plan.selection().layers(),
            notBuilt,
            plan.selection().baseline(),
            plan.analysis().confidenceLevel(),
            plan.selection().flowCounts().isEmpty() ? null : plan.selection().flowCounts(),
            plan.jmh().lengths().source(),
            lengths);
    boolean networkRan =
        selected.stream().anyMatch(b -> b.name().startsWith(Selection.NETWORK_PACKAGE));
    return networkRan ? settings.withNetwork(Selection.LOOPBACK) : settings;
  }

  private static void deleteIfEmpty(Path directory) {
    try (var entries = Files.list(directory)) {
      if (entries.findAny().isEmpty()) {
        Files.delete(directory);
      }
    } catch (IOException e) {
      // leave it: the error being reported matters more
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
