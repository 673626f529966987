package org.mfn.runner.ab;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mfn.core.regression.ComparisonReport;
import org.mfn.core.regression.ComparisonSettings;
import org.mfn.core.regression.InterleavedDetector;
import org.mfn.core.regression.MetricComparison;
import org.mfn.core.result.RunLength;
import org.mfn.core.result.RunSettings;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.jmh.StopRequest;
import org.mfn.runner.plan.BenchmarkCatalog;
import org.mfn.runner.plan.BenchmarkInfo;
import org.mfn.runner.plan.BenchmarkSelector;
import org.mfn.runner.plan.RunPlan;
import org.mfn.runner.run.EnvironmentProbe;
import org.mfn.runner.run.RunDirectory;

/**
 * Runs {@code ab} and {@code calibrate}: selects the benchmarks, schedules and runs the rounds,
 * judges the pairs ({@link InterleavedDetector}) and writes {@code results.json} with the
 * comparison, in a run directory of its own.
 */
public final class AbService {
  /** The results of a comparison. */
  public record Result(Path directory, RunResult result, AbRunner.Outcome outcome) {}

  private final PrintWriter out;
  private final String version;
  private final ForkRunner forks;
  private final StopRequest stop;

  /**
   * Creates the service.
   *
   * @param out where progress goes
   * @param version the runner's version
   * @param forks runs one fork
   * @param stop the stop request
   */
  public AbService(PrintWriter out, String version, ForkRunner forks, StopRequest stop) {
    this.out = out;
    this.version = version;
    this.forks = forks;
    this.stop = stop;
  }

  /**
   * Compares two builds.
   *
   * @param oldJar the reference build's jar
   * @param newJar the changed build's jar
   * @param plan selection, run lengths, output
   * @param rounds rounds, at least 1
   * @param seed the schedule's seed
   * @param settings threshold and level
   * @param design how the forks were run, in words
   * @param duet whether the two forks of a round run at the same time on separate CPUs
   * @return the directory, the results and what was measured
   * @throws AbException if nothing is selected, a fork fails, or no round completed
   */
  public Result compare(
      Path oldJar,
      Path newJar,
      RunPlan plan,
      int rounds,
      long seed,
      ComparisonSettings settings,
      String design,
      boolean duet) {
    List<BenchmarkInfo> selected = BenchmarkSelector.select(BenchmarkCatalog.load(), plan);
    if (selected.isEmpty()) {
      throw new AbException(ExitCodes.USAGE, "no benchmark matches the selection");
    }
    int sets = selected.stream().mapToInt(plan::parameterSets).sum();
    double perFork =
        selected.stream().mapToDouble(b -> oneFork(plan.lengthOf(b)) * plan.parameterSets(b)).sum();
    out.printf(
        Locale.ROOT,
        "A/B: %d parameter set(s) x %d round(s) x 2 builds = %d forks, %s (seed %d); estimated"
            + " %.0f min%n",
        sets,
        rounds,
        2 * sets * rounds,
        duet
            ? "in duet (both forks of a round at once, one per CPU)"
            : "interleaved in randomized ABBA blocks",
        seed,
        (duet ? 1 : 2) * rounds * perFork / 60);
    out.flush();
    Instant start = Instant.now();
    Path directory = RunDirectory.create(plan.output().directory(), start);
    stop.writingInto(directory);
    Map<Build, Path> jars = new EnumMap<>(Build.class);
    jars.put(Build.OLD, oldJar);
    jars.put(Build.NEW, newJar);
    AbRunner.Outcome outcome;
    try {
      outcome =
          new AbRunner(forks, out, stop, duet)
              .run(jars, plan, selected, AbSchedule.of(rounds, seed), directory.resolve("forks"));
    } finally {
      deleteTree(directory.resolve("forks"));
    }
    if (outcome.rounds() < 2) {
      throw new AbException(
          outcome.interrupted() ? StopRequest.EXIT_INTERRUPTED : ExitCodes.INCONCLUSIVE,
          "only "
              + outcome.rounds()
              + " complete round(s): a paired comparison needs at least 2, so nothing was judged"
              + (outcome.interrupted() ? " (interrupted)" : ""));
    }
    ComparisonReport report =
        new InterleavedDetector(settings)
            .compare(
                outcome.pairs(),
                design
                    + ", "
                    + outcome.rounds()
                    + " rounds, seed "
                    + seed
                    + ": OLD "
                    + oldJar
                    + ", NEW "
                    + newJar);
    RunResult result =
        new RunResult(
            RunResult.SCHEMA_VERSION,
            EnvironmentProbe.describe(version, start).withEndTime(Instant.now().toString()),
            RunSettings.of(
                plan.jmh().lengths().profile() == null
                    ? "annotations"
                    : plan.jmh().lengths().profile().cliName(),
                plan.selection().layers(),
                List.of(),
                plan.selection().baseline(),
                settings.level(),
                null,
                "A/B " + design,
                Map.of()),
            List.of(),
            List.of(),
            List.of(),
            report);
    try {
      ResultsJson.write(result, directory.resolve("results.json"));
    } catch (IOException e) {
      throw new AbException(
          ExitCodes.RUNTIME,
          "cannot write " + directory.resolve("results.json") + ": " + e.getMessage());
    }
    return new Result(directory, result, outcome);
  }

  /** Prints each verdict's minimum detectable effect from a calibration, and warns below it. */
  public static void printDetectable(
      PrintWriter out,
      ComparisonReport report,
      Calibration calibration,
      int rounds,
      double threshold) {
    if (calibration == null) {
      out.println(
          "No calibration.json in the output directory: run calibrate to see each benchmark's minimum detectable effect.");
      return;
    }
    for (MetricComparison c : report.comparisons()) {
      Double mde = calibration.minimumDetectablePercent(c.benchmark(), rounds);
      if (mde == null) {
        continue;
      }
      out.printf(
          Locale.ROOT,
          "%s: %s; minimum detectable effect on this machine %.2f%%%s%n",
          c.benchmark(),
          c.verdict(),
          mde,
          threshold < mde ? " (warning: the threshold " + threshold + "% is below it)" : "");
    }
  }

  private static double oneFork(RunLength l) {
    return 2.0
        + l.warmupIterations() * l.warmupSeconds()
        + l.measurementIterations() * l.measurementSeconds();
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // temporary JSON files only; the run's results do not depend on their removal
    }
  }
}
