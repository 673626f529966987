package org.mfn.runner.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.mfn.core.regression.ComparisonReport;
import org.mfn.core.regression.ComparisonSettings;
import org.mfn.report.console.ConsoleTables;
import org.mfn.report.output.ReportFormat;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;
import org.mfn.runner.ab.AbException;
import org.mfn.runner.ab.AbMode;
import org.mfn.runner.ab.AbService;
import org.mfn.runner.ab.BaseRefBuild;
import org.mfn.runner.ab.Calibration;
import org.mfn.runner.ab.JmhForkRunner;
import org.mfn.runner.compare.ComparisonExit;
import org.mfn.runner.jmh.StopRequest;
import org.mfn.runner.plan.RunPlan;
import org.mfn.runner.preflight.MachinePreflight;
import org.mfn.runner.run.RunLock;
import org.mfn.runner.run.RunManifest;
import org.mfn.runner.run.RunOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ab OLD NEW}: compares two builds' benchmarks on this machine in one time window, fork by
 * fork in randomized interleaved blocks, and judges the per-round paired ratios.
 */
@Command(
    name = "ab",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Compares two builds (runner jars) interleaved on this machine: every round runs one fork of"
          + " each build per benchmark, in randomized ABBA order; verdicts from paired ratios.",
      "",
      "Example:",
      "  java -jar mfn-runner.jar ab old/mfn-runner.jar new/mfn-runner.jar --include FlowHash --rounds 6",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no regression",
      "1:a fork failed (the comparison stops, never one-sided) or a file could not be written",
      "2:usage error (missing jar, bad option)",
      "3:a regression",
      "5:undecided (fewer than 2 complete rounds, or a verdict INCONCLUSIVE)",
      "130:interrupted: the complete rounds are analysed"
    })
public final class AbCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..2",
      paramLabel = "JAR",
      description =
          "OLD NEW: the reference and the changed build's runner jars; with --base-ref, NEW only"
              + " (default: this runner's jar).")
  private List<Path> jars = new java.util.ArrayList<>();

  @picocli.CommandLine.Option(
      names = "--base-ref",
      paramLabel = "REF",
      description =
          "Build this git ref of the current repository in a temporary worktree and use it as OLD"
              + " (removed afterwards, also on Ctrl-C).")
  private String baseRef;

  @picocli.CommandLine.Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "auto",
      description =
          "auto (default: duet when the machine preflight finds nothing competing for the CPUs,"
              + " else interleaved), interleaved (forks one after the other in randomized ABBA"
              + " blocks) or duet (the two forks of a round at once, pinned to CPU 0 and 1 with"
              + " taskset).")
  private String mode;

  @Mixin private AbOptions options = new AbOptions();

  @Mixin private ComparisonOptions comparison = new ComparisonOptions();

  @Mixin private SharedOptions shared = new SharedOptions();

  @Override
  public Integer call() throws Exception {
    if (!List.of("auto", "interleaved", "duet").contains(mode)) {
      throw new ParameterException(
          spec.commandLine(), "--mode must be auto, interleaved or duet: '" + mode + "'");
    }
    if (baseRef == null ? jars.size() != 2 : jars.size() > 1) {
      throw new ParameterException(
          spec.commandLine(),
          baseRef == null
              ? "ab needs two jars, OLD and NEW (or --base-ref REF [NEW])"
              : "with --base-ref give at most one jar, NEW");
    }
    RunPlan plan = options.plan(spec, comparison.confidence());
    ComparisonSettings settings = comparison.settings(spec, comparison.confidence());
    AbMode.Choice choice;
    try {
      choice =
          AbMode.choose(
              mode,
              mode.equals("auto") ? MachinePreflight.ofThisMachine().run() : List.of(),
              Runtime.getRuntime().availableProcessors(),
              onPath("taskset"));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    spec.commandLine().getOut().println("Mode: " + choice.reason());
    boolean duet = choice.duet();
    String design =
        (duet
                ? "duet A/B (both forks of a round at once, pinned to CPUs 0 and 1)"
                : "interleaved A/B in randomized ABBA blocks")
            + (mode.equals("auto") ? " (auto: " + choice.reason() + ")" : "");
    if (baseRef == null) {
      checkJars(jars.get(0), jars.get(1));
      return runAndReport(
          spec,
          plan,
          jars.get(0),
          jars.get(1),
          options,
          settings,
          comparison.acceptInconclusive(),
          design,
          duet,
          null);
    }
    Path newJar = jars.isEmpty() ? CalibrateCommand.thisJar() : jars.get(0);
    checkJars(newJar);
    try (BaseRefBuild base =
        BaseRefBuild.build(
            baseRef, Path.of("."), spec.commandLine().getOut(), Duration.ofMinutes(30))) {
      return runAndReport(
          spec,
          plan,
          base.jar(),
          newJar,
          options,
          settings,
          comparison.acceptInconclusive(),
          design + ", OLD built from " + baseRef,
          duet,
          null);
    } catch (AbException e) {
      throw new MfnException(e.exitCode(), e.getMessage(), e);
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  private void checkJars(Path... paths) {
    for (Path jar : paths) {
      if (!Files.isRegularFile(jar)) {
        throw new ParameterException(spec.commandLine(), "no such jar: " + jar);
      }
    }
  }

  /** Runs a comparison and prints, writes and maps it to an exit code (shared with calibrate). */
  static int runAndReport(
      CommandSpec spec,
      RunPlan plan,
      Path oldJar,
      Path newJar,
      AbOptions options,
      ComparisonSettings settings,
      boolean acceptInconclusive,
      String design,
      boolean duet,
      java.util.function.Consumer<AbService.Result> after) {
    PrintWriter out = spec.commandLine().getOut();
    long seed = options.seed();
    try (RunLock lock =
        RunLock.acquire(Path.of(System.getProperty("java.io.tmpdir")), Duration.ofHours(2), out)) {
      StopRequest stop = StopRequest.install(out);
      AbService.Result result;
      try {
        result =
            new AbService(
                    out, VersionProvider.version(), new JmhForkRunner(Duration.ofMinutes(30)), stop)
                .compare(oldJar, newJar, plan, options.rounds, seed, settings, design, duet);
      } catch (AbException e) {
        throw new MfnException(e.exitCode(), e.getMessage(), e);
      }
      ComparisonReport report = result.result().comparison();
      out.println();
      out.println("Comparison (" + report.correction() + ")");
      out.print(ConsoleTables.comparison(report));
      AbService.printDetectable(
          out,
          report,
          Calibration.read(plan.output().directory()),
          result.outcome().rounds(),
          settings.thresholdPercent());
      if (after != null) {
        after.accept(result);
      }
      if (options.report) {
        MfnCommand.writeReports(
            out,
            new RunOutcome(result.directory(), result.result(), result.outcome().interrupted()),
            List.of(ReportFormat.values()));
      }
      try {
        RunManifest.write(result.directory());
      } catch (java.io.IOException e) {
        throw new MfnException(
            ExitCodes.RUNTIME, "cannot write the manifest: " + e.getMessage(), e);
      }
      out.println("Results written to " + result.directory());
      out.flush();
      if (result.outcome().interrupted()) {
        out.println(
            "Interrupted: the comparison above holds the "
                + result.outcome().rounds()
                + " complete rounds.");
        return StopRequest.EXIT_INTERRUPTED;
      }
      return ComparisonExit.of(report, acceptInconclusive);
    }
  }
}
