package org.mfn.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.mfn.core.model.Layer;
import org.mfn.core.regression.ComparisonReport;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.stats.HierarchicalBootstrap;
import org.mfn.core.target.TargetVerdict;
import org.mfn.report.output.ReportFormat;
import org.mfn.report.output.ReportWriter;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;
import org.mfn.runner.ab.AbService;
import org.mfn.runner.ab.Calibration;
import org.mfn.runner.compare.BaselineStore;
import org.mfn.runner.compare.CompareService;
import org.mfn.runner.compare.ComparisonExit;
import org.mfn.runner.dashboard.LivePublisher;
import org.mfn.runner.history.HistoryException;
import org.mfn.runner.history.HistoryStore;
import org.mfn.runner.jmh.StopRequest;
import org.mfn.runner.plan.Analysis;
import org.mfn.runner.plan.ForkJvm;
import org.mfn.runner.plan.JmhSettings;
import org.mfn.runner.plan.Output;
import org.mfn.runner.plan.ParameterScope;
import org.mfn.runner.plan.Profile;
import org.mfn.runner.plan.RunLengthOverride;
import org.mfn.runner.plan.RunPlan;
import org.mfn.runner.plan.Selection;
import org.mfn.runner.preflight.MachinePreflight;
import org.mfn.runner.push.PushGatewayPublisher;
import org.mfn.runner.run.CpuAffinity;
import org.mfn.runner.run.FaultProbe;
import org.mfn.runner.run.ForkJvmCheck;
import org.mfn.runner.run.RegressionCheck;
import org.mfn.runner.run.RunLock;
import org.mfn.runner.run.RunManifest;
import org.mfn.runner.run.RunOutcome;
import org.mfn.runner.run.RunService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level command: its options select and run benchmarks, then print the claims.
 *
 * <p>Exit codes: 0 success (claims may have failed), 1 runtime failure, 2 usage error, 3 a
 * regression against the baseline, 4 a claim failed and {@code --fail-on-target} was given, 5 the
 * regression check could not decide. A regression outranks a failed claim.
 */
@Command(
    name = "mfn-runner",
    mixinStandardHelpOptions = true,
    subcommands = {
      ListCommand.class,
      BaselineCommand.class,
      DashboardCommand.class,
      PreflightCommand.class,
      AbCommand.class,
      CalibrateCommand.class,
      CompareCommand.class,
      ReportCommand.class,
      CheckCommand.class,
      HistoryCommand.class
    },
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Runs the MFN Bench JMH benchmarks, computes statistics and judges every performance claim.",
      "",
      "Examples:",
      "  java -jar mfn-runner.jar --all-layers --baseline --report",
      "  java -jar mfn-runner.jar --layers layer1 --profile smoke --report --output results",
      "  java -jar mfn-runner.jar --include FlowTableLookup --flow-count 100000 --forks 1",
      "  java -jar mfn-runner.jar --layers ifr --profile quick --save-baseline main",
      "  java -jar mfn-runner.jar --layers ifr --profile quick --regression-check --baseline-name main",
      "  java -jar mfn-runner.jar compare old/results.json new/results.json --threshold 5",
      "  java -jar mfn-runner.jar baseline --flow-count 100000 --simulate-database --output base",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (claims may have failed; see the report)",
      "1:runtime failure (a benchmark failed, a file could not be written)",
      "2:usage error (unknown option, bad value, unknown layer, unusable baseline file)",
      "3:a regression against the baseline (--regression-check)",
      "4:a claim failed and --fail-on-target was given",
      "5:the regression check could not decide (nothing in common, too few samples)",
      "6:a required publication failed (--push-required, --alerts-required, --history-required),"
          + " or the --history-url cannot be opened (then nothing is run)",
      "130:interrupted with Ctrl-C. Once: the finished benchmarks' results and reports are"
          + " written. Twice: stops at once, writes none, and says what the run directory keeps"
    })
public final class MfnCommand implements Callable<Integer> {
  /** The largest {@code --flow-count}: keys of 100 million IPv4 flows take 1.6 GB. */
  static final int MAX_FLOW_COUNT = 100_000_000;

  @Spec private CommandSpec spec;

  @Option(names = "--all-layers", description = "Run the benchmarks of every layer.")
  private boolean allLayers;

  @Option(
      names = "--layers",
      split = ",",
      paramLabel = "LAYER",
      description =
          "Layers to run, comma-separated: ifr|layer1|1, dsr|layer2|2, alm|layer3|3, cpe|layer4|4, integration.")
  private List<String> layerNames = new ArrayList<>();

  @Option(
      names = "--include",
      paramLabel = "REGEX",
      description = "Only benchmarks whose name matches (repeatable).")
  private List<String> includes = new ArrayList<>();

  @Option(
      names = "--baseline",
      description = "Also run the baseline (traditional) benchmarks and compute improvements.")
  private boolean baseline;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      description =
          "Run length of every benchmark: smoke, quick, standard, thorough; replaces the classes'"
              + " own @Fork/@Warmup/@Measurement (default: each class's own).")
  private Profile profile;

  @Option(
      names = "--forks",
      paramLabel = "N",
      description = "Forked JVMs per benchmark (overrides the profile or the class; at least 1).")
  private Integer forks;

  @Option(
      names = "--warm-up",
      paramLabel = "N",
      description = "Warm-up iterations per fork (overrides the profile or the class).")
  private Integer warmupIterations;

  @Option(
      names = "--sample-size",
      paramLabel = "N",
      description = "Measurement iterations per fork (overrides the profile or the class).")
  private Integer sampleSize;

  @Option(
      names = "--duration",
      paramLabel = "TIME",
      converter = DurationConverter.class,
      description =
          "Time of each measurement iteration, 1ms to 1h, e.g. 500ms, 2s (overrides the profile or"
              + " the class).")
  private Double duration;

  @Option(
      names = "--flow-count",
      split = ",",
      paramLabel = "N",
      description =
          "Values of the flowCount parameter for the benchmarks that have it, comma-separated.")
  private List<Integer> flowCounts = new ArrayList<>();

  @Option(
      names = "--parameter-sets",
      paramLabel = "SCOPE",
      description = ParameterScope.OPTION_DESCRIPTION)
  private String parameterSets;

  @Option(
      names = "--network-simulation",
      description =
          "Also run the network benchmarks (TCP and Unix-domain throughput and round trips) on"
              + " loopback, the only network here; the report says so.")
  private boolean networkSimulation;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Directory for run directories (default: ${DEFAULT-VALUE}).",
      defaultValue = "mfn-results")
  private Path output;

  @Option(
      names = "--report",
      description =
          "Write every report file (HTML, CSV, Markdown, Prometheus, JUnit XML, Bencher, github-action-benchmark) and print the full tables.")
  private boolean report;

  @Option(
      names = "--format",
      split = ",",
      paramLabel = "FORMAT",
      description =
          "Write only these report files: html, csv, markdown, prometheus, junit, bencher, github.")
  private List<String> formats = new ArrayList<>();

  @Option(names = "--fail-on-target", description = "Exit with code 4 when a measured claim fails.")
  private boolean failOnTarget;

  @Option(
      names = "--regression-check",
      description =
          "Compare the run with a baseline (--baseline-file or --baseline-name); exit 3 on a regression, 5 if undecided.")
  private boolean regressionCheck;

  @Option(
      names = "--baseline-file",
      paramLabel = "FILE",
      description = "Baseline for --regression-check: a results.json or JMH JSON file.")
  private Path baselineFile;

  @Option(
      names = "--baseline-name",
      paramLabel = "NAME",
      description = "Baseline for --regression-check: one saved with --save-baseline.")
  private String baselineName;

  @Option(
      names = "--save-baseline",
      paramLabel = "NAME",
      description = "Keep this run's results as the named baseline OUTPUT/baselines/NAME.json.")
  private String saveBaseline;

  @Option(
      names = "--lock-timeout",
      paramLabel = "TIME",
      defaultValue = "2h",
      description =
          "How long to wait while another run on this machine holds the run lock, up to 24h"
              + " (default: ${DEFAULT-VALUE}).")
  private String lockTimeout;

  @Option(
      names = "--gc-profile",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Record allocation per operation with JMH's GC profiler (default: on).")
  private boolean gcProfile;

  @Option(
      names = "--timeout",
      paramLabel = "TIME",
      converter = DurationConverter.class,
      description =
          "Longest an iteration may take before JMH abandons the benchmark (default: JMH's 10 min).")
  private Double timeout;

  @Option(
      names = "--memory-profile",
      description =
          "Record every benchmark's memory per iteration: RSS and its peak, heap used and committed,"
              + " collections and their time, heap retained after full collections, and the"
              + " retained heap's trend (suspected leaks). Collects garbage between iterations.")
  private boolean memoryProfile;

  @Mixin private ForkJvmOptions forkJvmOptions = new ForkJvmOptions();

  @Option(
      names = "--cpu-affinity",
      paramLabel = "CPUS",
      description = "Pin the benchmark JVMs to these CPUs with taskset, e.g. 1 or 0-1.")
  private String cpuAffinity;

  @Option(
      names = "--dry-run",
      description = "Print what would run and how long it would take; run nothing.")
  private boolean dryRun;

  @Option(
      names = "--dashboard",
      paramLabel = "URL",
      description =
          "Publish the run live to a running dashboard (java -jar mfn-runner.jar dashboard), e.g."
              + " http://127.0.0.1:3030.")
  private String dashboard;

  @Option(
      names = "--history-url",
      paramLabel = "JDBC_URL",
      description =
          "Append the run to this history database (default: jdbc:sqlite:OUTPUT/history.db).")
  private String historyUrl;

  @Option(names = "--no-history", description = "Do not append the run to the history database.")
  private boolean noHistory;

  @Option(
      names = "--history-required",
      description =
          "Exit 6 when the run cannot be appended to the history (default: a warning; the run's"
              + " files are written either way).")
  private boolean historyRequired;

  @Option(
      names = "--fault-scenarios",
      negatable = true,
      description =
          "Run the integration's fault scenarios after the benchmarks (links down, registry"
              + " cleared, slow path slow or failing, socket server restart; 3 s each in smoke)."
              + " Default: when the integration layer runs without --include.")
  private Boolean faultScenarios;

  @Option(
      names = "--alerts",
      paramLabel = "FILE",
      description =
          "Send the run's alerts (failed claims, regressions, a failed run) to the channels of this"
              + " file (webhook, Slack, e-mail; see the README).")
  private Path alertsFile;

  @Option(
      names = "--alerts-required",
      description = "Exit 6 when an alert channel fails (default: a warning).")
  private boolean alertsRequired;

  @Option(
      names = "--push-gateway",
      paramLabel = "URL",
      description =
          "After the run, push its metrics to this Prometheus Pushgateway (e.g."
              + " http://localhost:9091), grouped by job and host.")
  private String pushGateway;

  @Option(
      names = "--push-job",
      paramLabel = "NAME",
      defaultValue = PushGatewayPublisher.DEFAULT_JOB,
      description = "The job of the pushed group (default: ${DEFAULT-VALUE}).")
  private String pushJob;

  @Option(
      names = "--push-required",
      description =
          "Exit 6 when the push fails (default: a warning; the run's files are written either"
              + " way).")
  private boolean pushRequired;

  @Option(
      names = "--strict-machine",
      description =
          "Refuse to run (exit 2) when the machine preflight warns (load, governor, steal,"
              + " pressure, reclaim, ...); without it the warnings are printed and recorded.")
  private boolean strictMachine;

  @Mixin private ComparisonOptions comparison = new ComparisonOptions();

  @Mixin private SharedOptions shared = new SharedOptions();

  @Override
  public Integer call() {
    RunPlan plan = plan();
    // Everything a real run validates is validated before a dry run returns, too.
    BaselineStore baselines = new BaselineStore(plan.output().directory());
    Path baseline = baselineForCheck(baselines);
    CompareService compare =
        new CompareService(comparison.settings(spec, plan.analysis().confidenceLevel()));
    // Read the baseline before running, so that a bad file fails in seconds, not after the run.
    List<BenchmarkResult> baselineResults =
        baseline == null ? null : compare.readBaseline(baseline);
    if (saveBaseline != null) {
      baselines.fileOf(saveBaseline); // validate the name up front as well
    }
    List<ReportFormat> reportFormats =
        report || !formats.isEmpty() ? ReportFormats.resolve(spec, formats) : List.of();
    Duration lockWait = lockTimeout();
    if (dashboard != null) {
      try {
        new LivePublisher(dashboard, spec.commandLine().getErr());
      } catch (IllegalArgumentException e) {
        throw usage(e.getMessage());
      }
    }
    if (noHistory && historyUrl != null) {
      throw usage("give --history-url or --no-history, not both");
    }
    if (historyUrl != null && !historyUrl.startsWith("jdbc:")) {
      throw usage(
          "--history-url is a JDBC URL such as jdbc:sqlite:/path/history.db: '" + historyUrl + "'");
    }
    if (historyUrl != null) {
      try {
        HistoryStore.checkUrl(historyUrl);
      } catch (HistoryException e) {
        throw usage("--history-url: " + e.getMessage());
      }
    }
    if (noHistory && historyRequired) {
      throw usage("give --history-required or --no-history, not both");
    }
    PushGatewayPublisher push = pushPublisher();
    RunNotifications notifications =
        RunNotifications.prepare(alertsFile, alertsRequired, spec, System.getenv());
    ForkJvmCheck.check(plan.jmh().forkJvm().appendTo(List.of()), "--memory-limit/--jvm-args");
    if (dryRun) {
      new DryRun(spec.commandLine().getOut()).print(plan);
      Double faults = faultSeconds(plan);
      if (faults != null) {
        spec.commandLine()
            .getOut()
            .printf(
                Locale.ROOT,
                "Then the fault scenarios (%d, %.0f s recorded each) and the fixed-rate latency"
                    + " probes (2 x 3 rounds of %.0f s): about %.0f s with warm-up and setup%n",
                FaultProbe.SCENARIOS,
                faults,
                faults,
                FaultProbe.estimateSeconds(faults));
      }
      return ExitCodes.OK;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (historyUrl != null && !HistoryRecorder.canOpen(historyUrl, spec.commandLine().getErr())) {
      return ExitCodes.PUBLISH_FAILED;
    }
    try (RunLock lock =
        RunLock.acquire(Path.of(System.getProperty("java.io.tmpdir")), lockWait, out)) {
      return runLocked(
          plan,
          out,
          baselines,
          baseline,
          compare,
          baselineResults,
          reportFormats,
          push,
          notifications);
    }
  }

  /** Seconds per fault scenario, or null when they do not run. */
  private Double faultSeconds(RunPlan plan) {
    boolean byDefault =
        plan.selection().layers().contains(Layer.INTEGRATION)
            && plan.selection().includes().isEmpty();
    if (!(faultScenarios == null ? byDefault : faultScenarios)) {
      return null;
    }
    return FaultProbe.secondsFor(
        plan.jmh().lengths().profile() == null ? null : plan.jmh().lengths().profile().cliName());
  }

  private PushGatewayPublisher pushPublisher() {
    if (pushGateway == null) {
      if (pushRequired) {
        throw usage("--push-required needs --push-gateway URL");
      }
      return null;
    }
    try {
      return PushGatewayPublisher.to(pushGateway, pushJob);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private Duration lockTimeout() {
    try {
      return Duration.ofMillis(Math.round(1000 * DurationConverter.parse(lockTimeout, 86_400)));
    } catch (IllegalArgumentException e) {
      throw usage("--lock-timeout " + e.getMessage());
    }
  }

  private int runLocked(
      RunPlan plan,
      PrintWriter out,
      BaselineStore baselines,
      Path baseline,
      CompareService compare,
      List<BenchmarkResult> baselineResults,
      List<ReportFormat> reportFormats,
      PushGatewayPublisher push,
      RunNotifications notifications) {
    StopRequest stop = StopRequest.install(out);
    RegressionCheck check =
        baselineResults == null ? null : new RegressionCheck(baseline, baselineResults, compare);
    LivePublisher live =
        dashboard == null ? null : new LivePublisher(dashboard, spec.commandLine().getErr());
    RunOutcome outcome;
    try {
      outcome =
          new RunService(out, VersionProvider.version(), shared.verbose(), stop)
              .withListener(live)
              .withPreflight(MachinePreflight.ofThisMachine()::run, strictMachine)
              .withFaultScenarios(faultSeconds(plan))
              .run(plan, check);
    } catch (MfnException e) {
      notifications.runFailed(e.getMessage());
      throw e;
    }
    Long historyId =
        noHistory
            ? null
            : HistoryRecorder.record(
                outcome, plan.output().directory(), historyUrl, out, spec.commandLine().getErr());
    if (live != null) {
      live.runFinished(outcome.result(), historyId, outcome.interrupted());
    }
    SummaryPrinter summary = new SummaryPrinter(out);
    summary.print(outcome, plan);
    ComparisonReport report = outcome.result().comparison();
    int regressionCode = ExitCodes.OK;
    if (report != null) {
      summary.printRegressionCheck(baseline, report, comparison.acceptInconclusive());
      AbService.printDetectable(
          out,
          report,
          Calibration.read(plan.output().directory()),
          forksPerSide(plan),
          comparison.threshold());
      regressionCode = ComparisonExit.of(report, comparison.acceptInconclusive());
    }
    writeReports(out, outcome, reportFormats);
    writeManifest(outcome);
    saveBaselineIfComplete(out, baselines, outcome, regressionCode);
    boolean pushed =
        push == null || PushRecorder.push(push, outcome.result(), out, spec.commandLine().getErr());
    boolean alerted = notifications.runFinished(outcome);
    boolean publishFailed =
        (historyRequired && historyId == null) || (pushRequired && !pushed) || !alerted;
    if (outcome.interrupted()) {
      out.println("Interrupted: the results and reports above hold the benchmarks that finished.");
      out.flush();
      return StopRequest.EXIT_INTERRUPTED;
    }
    if (regressionCode != ExitCodes.OK) {
      return regressionCode;
    }
    if (publishFailed) {
      return ExitCodes.PUBLISH_FAILED;
    }
    boolean failed = outcome.result().targets().stream().anyMatch(TargetVerdict::failedClaim);
    return plan.output().failOnTarget() && failed ? ExitCodes.TARGET_FAILED : ExitCodes.OK;
  }

  /**
   * The forks each side of a regression check has (the minimum detectable effect scales with it).
   */
  private static int forksPerSide(RunPlan plan) {
    RunLengthOverride lengths = plan.jmh().lengths();
    if (lengths.forks() != null) {
      return lengths.forks();
    }
    return lengths.profile() != null ? lengths.profile().length().forks() : 2;
  }

  /**
   * Keeps the run as a named baseline only when it is complete and its regression check (if any)
   * passed: an interrupted run holds only part of the suite, and a run that regressed or could not
   * be judged must not become the reference the next run is held to.
   */
  private void saveBaselineIfComplete(
      PrintWriter out, BaselineStore baselines, RunOutcome outcome, int regressionCode) {
    if (saveBaseline == null) {
      return;
    }
    String why =
        outcome.interrupted()
            ? "the run was interrupted and holds only the benchmarks that finished"
            : regressionCode == ExitCodes.REGRESSION
                ? "the regression check found a regression"
                : regressionCode == ExitCodes.INCONCLUSIVE
                    ? "the regression check could not decide"
                    : null;
    if (why != null) {
      out.println("Not saved as baseline '" + saveBaseline + "': " + why + ".");
      return;
    }
    out.println(
        "Saved as baseline '"
            + saveBaseline
            + "': "
            + baselines.save(saveBaseline, outcome.directory().resolve(RunService.RESULTS_JSON)));
  }

  /** Lists the run's files last, so that {@code check} knows what the run wrote. */
  static void writeManifest(RunOutcome outcome) {
    try {
      RunManifest.write(outcome.directory());
    } catch (IOException e) {
      throw new MfnException(
          ExitCodes.RUNTIME,
          "cannot write "
              + outcome.directory().resolve(RunManifest.FILE_NAME)
              + ": "
              + e.getMessage(),
          e);
    }
  }

  static void writeReports(PrintWriter out, RunOutcome outcome, List<ReportFormat> formats) {
    if (formats.isEmpty()) {
      return;
    }
    try {
      List<Path> files = ReportWriter.write(outcome.result(), outcome.directory(), formats);
      out.println("Reports: " + files.stream().map(f -> f.getFileName().toString()).toList());
    } catch (IOException e) {
      throw new MfnException(
          ExitCodes.RUNTIME,
          "cannot write the reports in " + outcome.directory() + ": " + e.getMessage(),
          e);
    }
  }

  private Path baselineForCheck(BaselineStore baselines) {
    if (!regressionCheck) {
      if (baselineFile != null || baselineName != null) {
        throw usage("--baseline-file and --baseline-name go with --regression-check");
      }
      return null;
    }
    if ((baselineFile == null) == (baselineName == null)) {
      throw usage(
          "--regression-check needs exactly one of --baseline-file FILE or --baseline-name NAME");
    }
    return baselineFile != null ? baselineFile : baselines.fileOf(baselineName);
  }

  /** Turns the options into a plan, or throws a usage error. */
  RunPlan plan() {
    List<Layer> layers = layers();
    checkPositive("--forks", forks, 1);
    checkPositive("--warm-up", warmupIterations, 0);
    checkPositive("--sample-size", sampleSize, 1);
    for (Integer count : flowCounts) {
      checkPositive("--flow-count", count, 1);
      if (count > MAX_FLOW_COUNT) {
        throw usage(
            "--flow-count must be at most "
                + MAX_FLOW_COUNT
                + " (the benchmarks hold every flow's key in one array): "
                + count);
      }
    }
    if (!(comparison.confidence() > 0.5 && comparison.confidence() < 1)) {
      throw usage("--confidence must be in (0.5, 1), e.g. 0.95: " + comparison.confidence());
    }
    for (String regex : includes) {
      try {
        Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw usage(
            "--include '" + regex + "' is not a valid regular expression: " + e.getDescription());
      }
    }
    return new RunPlan(
        new Selection(
            layers,
            includes,
            baseline,
            flowCounts.stream().map(String::valueOf).toList(),
            networkSimulation,
            parameterScope()),
        new JmhSettings(
            new RunLengthOverride(profile, forks, warmupIterations, sampleSize, duration),
            gcProfile,
            timeout,
            forkJvm(),
            cpuAffinity(),
            memoryProfile),
        new Analysis(comparison.confidence(), HierarchicalBootstrap.DEFAULT_RESAMPLES),
        new Output(output, report, failOnTarget));
  }

  private ParameterScope parameterScope() {
    if (parameterSets == null) {
      return null;
    }
    return ParameterScope.byName(parameterSets)
        .orElseThrow(
            () -> usage("--parameter-sets must be claims or all: '" + parameterSets + "'"));
  }

  private ForkJvm forkJvm() {
    return forkJvmOptions.forkJvm(spec);
  }

  private String cpuAffinity() {
    if (cpuAffinity != null && !CpuAffinity.valid(cpuAffinity)) {
      throw usage("--cpu-affinity must be a CPU list such as 1, 0-1 or 0,2: '" + cpuAffinity + "'");
    }
    return cpuAffinity;
  }

  private List<Layer> layers() {
    if (allLayers && !layerNames.isEmpty()) {
      throw usage("give either --all-layers or --layers, not both");
    }
    if (allLayers || (layerNames.isEmpty() && !includes.isEmpty())) {
      return Arrays.asList(Layer.values());
    }
    if (layerNames.isEmpty()) {
      throw usage("choose what to run: --all-layers, --layers LIST or --include REGEX");
    }
    Set<Layer> layers = new LinkedHashSet<>();
    for (String name : layerNames) {
      layers.add(
          Layer.byName(name)
              .orElseThrow(
                  () ->
                      usage(
                          "unknown layer '"
                              + name
                              + "'; layers are "
                              + Arrays.stream(Layer.values())
                                  .map(l -> String.join("|", l.aliases()))
                                  .collect(Collectors.joining(", ")))));
    }
    return new ArrayList<>(layers);
  }

  private void checkPositive(String option, Integer value, int minimum) {
    if (value != null && value < minimum) {
      throw usage(option + " must be at least " + minimum + ": " + value);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
