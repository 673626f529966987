package org.mfn.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.mfn.core.history.Trend;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;
import org.mfn.runner.history.ChangePointAt;
import org.mfn.runner.history.HistoryPoint;
import org.mfn.runner.history.HistoryRun;
import org.mfn.runner.history.HistoryStore;
import org.mfn.runner.history.SeriesAnalysis;
import org.mfn.runner.history.SeriesAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code history}: the runs in the history, a benchmark's series with its change points, pruning.
 */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "The run history: list runs, show a benchmark's series with change points and trend, prune.",
      "",
      "Examples:",
      "  java -jar mfn-runner.jar history list",
      "  java -jar mfn-runner.jar history show 'DijkstraBenchmark.dijkstra' --params"
          + " '{\"nodes\":\"1000\",\"topology\":\"random\"}'",
      "  java -jar mfn-runner.jar history prune --keep-runs 200 --keep-days 90",
      ""
    },
    subcommands = {
      HistoryCommand.ListRuns.class,
      HistoryCommand.Show.class,
      HistoryCommand.Prune.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:the history database cannot be used",
      "2:usage error (no such benchmark, an ambiguous name)"
    })
public final class HistoryCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "choose list, show or prune");
  }

  /** {@code history list}: the newest runs. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the newest runs.")
  static final class ListRuns implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private HistorySource source = new HistorySource();
    @Mixin private SharedOptions shared = new SharedOptions();

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "20",
        description = "Most runs listed (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() {
      if (limit < 1) {
        throw new ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
      }
      PrintWriter out = spec.commandLine().getOut();
      List<HistoryRun> runs = source.open().runs(limit);
      out.printf(
          Locale.ROOT,
          "%6s  %-24s  %-16s  %-10s  %-8s  %7s  %6s%n",
          "run",
          "started",
          "host",
          "commit",
          "profile",
          "results",
          "failed");
      for (HistoryRun r : runs) {
        out.printf(
            Locale.ROOT,
            "%6d  %-24s  %-16s  %-10s  %-8s  %7d  %6d%n",
            r.id(),
            r.started(),
            shorten(r.host(), 16),
            shortCommit(r.gitCommit()),
            r.profile() == null ? "-" : r.profile(),
            r.results(),
            r.failedClaims());
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code history show}: one benchmark's series, change points and trend. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Shows a benchmark's series across runs, its change points and its trend.")
  static final class Show implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private HistorySource source = new HistorySource();
    @Mixin private SharedOptions shared = new SharedOptions();

    @Parameters(
        paramLabel = "BENCHMARK",
        description = "The benchmark: its full name, or a regular expression matching one.")
    private String benchmark;

    @Option(
        names = "--params",
        paramLabel = "JSON",
        description =
            "Its parameter set as the history stores it, e.g. '{\"flowCount\":\"1000\"}'.")
    private String params;

    @Option(
        names = "--window",
        paramLabel = "RUNS",
        defaultValue = "" + SeriesAnalyzer.DEFAULT_WINDOW,
        description = "Runs the trend is fitted to (default: ${DEFAULT-VALUE}).")
    private int window;

    @Option(
        names = "--threshold",
        paramLabel = "PERCENT",
        defaultValue = "5",
        description =
            "Change over the window that makes the trend a drift (default: ${DEFAULT-VALUE}).")
    private double threshold;

    @Override
    public Integer call() {
      SeriesAnalyzer analyzer;
      try {
        analyzer = new SeriesAnalyzer(window, SeriesAnalyzer.DEFAULT_HORIZON, threshold, 0.95);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      HistoryStore store = source.open();
      Map<String, Object> chosen = choose(store.benchmarks());
      List<HistoryPoint> points =
          store.series((String) chosen.get("benchmark"), (String) chosen.get("params"));
      SeriesAnalysis analysis = analyzer.analyze(points);
      print(spec.commandLine().getOut(), points, analysis);
      return ExitCodes.OK;
    }

    private Map<String, Object> choose(List<Map<String, Object>> all) {
      Pattern pattern;
      try {
        pattern = Pattern.compile(benchmark);
      } catch (PatternSyntaxException e) {
        throw new ParameterException(
            spec.commandLine(), "BENCHMARK is not a regular expression: '" + benchmark + "'");
      }
      List<Map<String, Object>> named =
          all.stream()
              .filter(
                  b ->
                      b.get("benchmark").equals(benchmark)
                          || pattern.matcher((String) b.get("benchmark")).find())
              .filter(b -> params == null || b.get("params").equals(params))
              .toList();
      if (named.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            "no benchmark in the history matches '"
                + benchmark
                + "'"
                + (params == null ? "" : " with params " + params));
      }
      if (named.size() > 1) {
        StringBuilder list = new StringBuilder();
        named.stream()
            .limit(10)
            .forEach(
                b ->
                    list.append("\n  ")
                        .append(b.get("benchmark"))
                        .append(' ')
                        .append(b.get("params")));
        throw new ParameterException(
            spec.commandLine(),
            "'"
                + benchmark
                + "' matches "
                + named.size()
                + " series; name one (and --params):"
                + list);
      }
      return named.get(0);
    }

    private static void print(PrintWriter out, List<HistoryPoint> points, SeriesAnalysis a) {
      out.println(a.benchmark() + " " + a.params() + " (" + a.unit() + "), " + a.runs() + " runs");
      Set<Long> firstChanged = new HashSet<>();
      a.changePoints().forEach(c -> firstChanged.add(c.firstChangedRunId()));
      for (HistoryPoint p : points) {
        out.printf(
            Locale.ROOT,
            "%6d  %-24s  %-10s  %12s  [%s, %s]%s%n",
            p.runId(),
            p.started(),
            shortCommit(p.commit()),
            number(p.mean()),
            number(p.ciLower()),
            number(p.ciUpper()),
            firstChanged.contains(p.runId()) ? "  <- change point" : "");
      }
      if (a.changePoints().isEmpty()) {
        out.println("Change points: none.");
      }
      for (ChangePointAt c : a.changePoints()) {
        out.printf(
            Locale.ROOT,
            "Change point at run %d (commit %s): %+.2f%%, from %s to %s %s; last run before it:"
                + " %d (commit %s); the commits in between: git log %s..%s%n",
            c.firstChangedRunId(),
            shortCommit(c.firstChangedCommit()),
            c.changePercent(),
            number(c.before()),
            number(c.after()),
            c.unit(),
            c.lastGoodRunId(),
            shortCommit(c.lastGoodCommit()),
            shortCommit(c.lastGoodCommit()),
            shortCommit(c.firstChangedCommit()));
      }
      Trend t = a.trend();
      if (t == null) {
        out.println("Trend: fewer than 3 runs.");
      } else {
        out.printf(
            Locale.ROOT,
            "Trend over the last %d runs: %+.3f%% per run [%+.3f, %+.3f] (%.0f%%), %+.2f%% over"
                + " the window; forecast %d runs ahead %s [%s, %s] %s%s%n",
            t.runs(),
            t.percentPerRun(),
            t.percentPerRunLower(),
            t.percentPerRunUpper(),
            100 * t.level(),
            t.driftPercent(),
            t.horizon(),
            number(t.forecast()),
            number(t.forecastLower()),
            number(t.forecastUpper()),
            a.unit(),
            t.drifting() ? "; DRIFTING" : "");
      }
      out.flush();
    }
  }

  /** {@code history prune}: deletes old runs, keeping those named baselines come from. */
  @Command(
      name = "prune",
      mixinStandardHelpOptions = true,
      description =
          "Deletes runs that are neither among the newest N nor younger than D days; never a run"
              + " that a named baseline (OUTPUT/baselines) was saved from.")
  static final class Prune implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private HistorySource source = new HistorySource();
    @Mixin private SharedOptions shared = new SharedOptions();

    @Option(names = "--keep-runs", paramLabel = "N", description = "Keep the newest N runs.")
    private Integer keepRuns;

    @Option(
        names = "--keep-days",
        paramLabel = "D",
        description = "Keep the runs that started in the last D days.")
    private Integer keepDays;

    @Option(names = "--dry-run", description = "Print what would be deleted; delete nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
      if (keepRuns == null && keepDays == null) {
        throw new ParameterException(
            spec.commandLine(), "give how much to keep: --keep-runs N and/or --keep-days D");
      }
      if ((keepRuns != null && keepRuns < 0) || (keepDays != null && keepDays < 0)) {
        throw new ParameterException(
            spec.commandLine(), "--keep-runs and --keep-days must not be negative");
      }
      Set<String> protectedStarts = baselineStarts(source.output.resolve("baselines"));
      HistoryStore store = source.open();
      List<Long> gone = store.prune(keepRuns, keepDays, protectedStarts, Instant.now(), dryRun);
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          (dryRun ? "Would delete " : "Deleted ")
              + gone.size()
              + " run(s)"
              + (gone.isEmpty() ? "" : ": " + gone)
              + " from "
              + store.name()
              + "; "
              + protectedStarts.size()
              + " named baseline(s) protect their runs.");
      out.flush();
      return ExitCodes.OK;
    }

    /** The start times of the runs the named baselines were saved from. */
    private static Set<String> baselineStarts(Path directory) {
      Set<String> starts = new HashSet<>();
      if (!Files.isDirectory(directory)) {
        return starts;
      }
      try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
        for (Path f : files) {
          RunResult r = ResultsJson.read(f);
          if (r.environment() != null && r.environment().startTime() != null) {
            starts.add(r.environment().startTime());
          }
        }
      } catch (IOException | RuntimeException e) {
        throw new MfnException(
            ExitCodes.RUNTIME,
            "cannot read the named baselines in "
                + directory
                + " (pruning could delete a run one refers to): "
                + e.getMessage(),
            e);
      }
      return starts;
    }
  }

  private static String shortCommit(String commit) {
    return commit == null || commit.isBlank()
        ? "-"
        : commit.substring(0, Math.min(10, commit.length()));
  }

  private static String shorten(String s, int max) {
    return s == null ? "-" : s.length() <= max ? s : s.substring(0, max - 1) + "~";
  }

  private static String number(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.4g", v);
  }
}
