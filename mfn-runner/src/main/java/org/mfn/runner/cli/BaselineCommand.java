package org.mfn.runner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.mfn.core.model.Layer;
import org.mfn.core.stats.HierarchicalBootstrap;
import org.mfn.report.output.ReportFormat;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.jmh.StopRequest;
import org.mfn.runner.plan.Analysis;
import org.mfn.runner.plan.BaselineSystem;
import org.mfn.runner.plan.BenchmarkCatalog;
import org.mfn.runner.plan.BenchmarkInfo;
import org.mfn.runner.plan.ForkJvm;
import org.mfn.runner.plan.JmhSettings;
import org.mfn.runner.plan.Output;
import org.mfn.runner.plan.Profile;
import org.mfn.runner.plan.RunLengthOverride;
import org.mfn.runner.plan.RunPlan;
import org.mfn.runner.plan.Selection;
import org.mfn.runner.run.RunLock;
import org.mfn.runner.run.RunOutcome;
import org.mfn.runner.run.RunService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code baseline}: the baseline generator. Runs only the traditional systems (HTTP routing on
 * loopback, SQLite over JDBC, naive ML; all three unless some {@code --simulate-*} option narrows
 * it) and writes a run directory whose {@code results.json} later runs compare against with {@code
 * --regression-check --baseline-file}.
 */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Runs only the baseline systems and writes a result file for --baseline-file.",
      "",
      "Examples:",
      "  java -jar mfn-runner.jar baseline --flow-count 100000 --simulate-database --output base",
      "  java -jar mfn-runner.jar baseline --simulate-network --simulate-ml --generate-report",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:runtime failure (a benchmark failed, a file could not be written)",
      "2:usage error",
      "130:interrupted with Ctrl-C (the finished benchmarks' results are written)"
    })
public final class BaselineCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--flow-count",
      paramLabel = "N",
      description = "Flows for the baselines that take a flow count (default: their own).")
  private Integer flowCount;

  @Option(names = "--simulate-network", description = "HTTP routing on loopback.")
  private boolean network;

  @Option(names = "--simulate-database", description = "SQLite over JDBC for flow lookups.")
  private boolean database;

  @Option(names = "--simulate-ml", description = "Naive similarity search and forecasting.")
  private boolean ml;

  @Option(
      names = "--generate-report",
      description = "Also write every report file (HTML, CSV, Markdown, Prometheus, JUnit XML).")
  private boolean generateReport;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      defaultValue = "mfn-results",
      description = "Directory for the run directory (default: ${DEFAULT-VALUE}).")
  private Path output;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      description = "Run length: smoke, quick, standard, thorough (default: each class's own).")
  private Profile profile;

  @Option(names = "--dry-run", description = "Print what would run; run nothing.")
  private boolean dryRun;

  @Mixin private SharedOptions shared = new SharedOptions();

  @Override
  public Integer call() {
    Set<BaselineSystem> systems = systems();
    List<String> names = selectedNames(BenchmarkCatalog.load(), systems);
    RunPlan plan = plan(names);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Baseline systems: "
            + systems.stream().map(BaselineSystem::description).toList()
            + "; "
            + names.size()
            + " benchmark(s).");
    if (dryRun) {
      new DryRun(out).print(plan);
      return ExitCodes.OK;
    }
    List<ReportFormat> formats =
        generateReport ? ReportFormats.resolve(spec, List.of()) : List.of();
    try (RunLock lock =
        RunLock.acquire(Path.of(System.getProperty("java.io.tmpdir")), Duration.ofHours(2), out)) {
      StopRequest stop = StopRequest.install(out);
      RunOutcome outcome =
          new RunService(out, VersionProvider.version(), shared.verbose(), stop).run(plan, null);
      new SummaryPrinter(out).print(outcome, plan);
      MfnCommand.writeReports(out, outcome, formats);
      MfnCommand.writeManifest(outcome);
      Path results = outcome.directory().resolve(RunService.RESULTS_JSON);
      out.println("Baseline result file: " + results);
      out.println(
          "Compare a later run with it: java -jar mfn-runner.jar --all-layers --baseline"
              + " --regression-check --baseline-file "
              + results);
      out.flush();
      return outcome.interrupted() ? StopRequest.EXIT_INTERRUPTED : ExitCodes.OK;
    }
  }

  private Set<BaselineSystem> systems() {
    Set<BaselineSystem> chosen = EnumSet.noneOf(BaselineSystem.class);
    if (network) {
      chosen.add(BaselineSystem.NETWORK);
    }
    if (database) {
      chosen.add(BaselineSystem.DATABASE);
    }
    if (ml) {
      chosen.add(BaselineSystem.ML);
    }
    return chosen.isEmpty() ? EnumSet.allOf(BaselineSystem.class) : chosen;
  }

  /** The benchmarks of the chosen systems, by name (sorted, as the catalogue lists them). */
  static List<String> selectedNames(BenchmarkCatalog catalog, Set<BaselineSystem> systems) {
    return catalog.all().stream()
        .filter(b -> systems.stream().anyMatch(s -> s.includes(b)))
        .map(BenchmarkInfo::name)
        .distinct()
        .toList();
  }

  private RunPlan plan(List<String> names) {
    if (flowCount != null && (flowCount < 1 || flowCount > MfnCommand.MAX_FLOW_COUNT)) {
      throw new ParameterException(
          spec.commandLine(),
          "--flow-count must be in 1.." + MfnCommand.MAX_FLOW_COUNT + ": " + flowCount);
    }
    if (names.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no baseline benchmark is in this jar");
    }
    List<String> includes = new ArrayList<>();
    for (String name : names) {
      includes.add("^" + Pattern.quote(name) + "$");
    }
    return new RunPlan(
        new Selection(
            Arrays.asList(Layer.values()),
            includes,
            true,
            flowCount == null ? List.of() : List.of(Integer.toString(flowCount))),
        new JmhSettings(
            new RunLengthOverride(profile, null, null, null, null), true, null, ForkJvm.OWN, null),
        new Analysis(0.95, HierarchicalBootstrap.DEFAULT_RESAMPLES),
        new Output(output, generateReport, false));
  }
}
