package org.mfn.runner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.run.ResultsFileException;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.report.output.ReportFormat;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;
import org.mfn.runner.run.RunManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check DIR}: validates a run directory (or the newest run under an output directory), as CI
 * does after {@code mvn verify -Pbench}: every selected benchmark produced samples, every file the
 * run listed in {@code manifest.json} is there unchanged, and {@code jmh.json}, {@code
 * results.json} and every report file meet their format's rules ({@link ReportFileRules}).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validates a run directory, or the newest run under an output directory.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the run is complete and every file is valid",
      "1:something is missing or invalid (listed)",
      "2:usage error, or no run directory found"
    })
public final class CheckCommand implements Callable<Integer> {
  /** A run directory's name: its start time, {@code yyyyMMdd-HHmmss}, and a suffix if needed. */
  private static final Pattern RUN_NAME = Pattern.compile("\\d{8}-\\d{6}(-\\d+)?");

  @Mixin private SharedOptions shared = new SharedOptions();

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "A run directory, or an output directory holding runs.")
  private Path directory;

  @Override
  public Integer call() throws IOException {
    Path run = runDirectory(directory);
    List<String> problems = new ArrayList<>();
    RunResult result;
    try {
      result = ResultsJson.read(run.resolve("results.json"));
    } catch (ResultsFileException e) {
      throw new MfnException(ExitCodes.RUNTIME, e.getMessage());
    }
    List<String> names =
        result.benchmarks().stream()
            .filter(b -> !b.primary().samples().isEmpty())
            .map(BenchmarkResult::benchmark)
            .toList();
    if (result.settings() != null && result.settings().includes() != null) {
      result.settings().includes().stream()
          .filter(n -> !names.contains(n))
          .forEach(n -> problems.add("benchmark without samples: " + n));
    }
    checkAgainstManifest(run, problems);
    checkJmhJson(run.resolve("jmh.json"), problems);
    for (ReportFormat format : ReportFormat.values()) {
      Path file = run.resolve(format.fileName());
      if (Files.exists(file)) {
        try {
          ReportFileRules.validate(format, file, result);
        } catch (Exception e) {
          problems.add(format.fileName() + " is invalid: " + firstLine(e.getMessage()));
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (problems.isEmpty()) {
      out.println(
          "ok: " + run + " (" + result.benchmarks().size() + " benchmarks, every file valid)");
      out.flush();
      return ExitCodes.OK;
    }
    problems.forEach(p -> spec.commandLine().getErr().println("mfn: " + p));
    spec.commandLine().getErr().flush();
    return ExitCodes.RUNTIME;
  }

  /** Every file the run listed is there, byte for byte. */
  private static void checkAgainstManifest(Path run, List<String> problems) throws IOException {
    Map<String, RunManifest.Entry> listed;
    try {
      listed = RunManifest.read(run);
    } catch (IOException e) {
      problems.add(e.getMessage());
      return;
    }
    for (Map.Entry<String, RunManifest.Entry> e : listed.entrySet()) {
      Path file = run.resolve(e.getKey());
      if (!file.normalize().getParent().equals(run.normalize()) || !Files.isRegularFile(file)) {
        problems.add(e.getKey() + " is missing (the run wrote it)");
        continue;
      }
      RunManifest.Entry now = RunManifest.entryOf(file);
      if (!now.equals(e.getValue())) {
        problems.add(
            e.getKey()
                + " changed after the run wrote it ("
                + now.bytes()
                + " bytes now, "
                + e.getValue().bytes()
                + " written; contents differ)");
      }
    }
  }

  private static void checkJmhJson(Path file, List<String> problems) {
    if (!Files.isRegularFile(file)) {
      problems.add("jmh.json is missing");
      return;
    }
    try {
      JsonNode jmh = ResultsJson.mapper().readTree(file.toFile());
      if (jmh == null || !jmh.isArray()) {
        problems.add("jmh.json is not a JMH result array");
      }
    } catch (IOException e) {
      problems.add("jmh.json is not JSON: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  /**
   * The directory itself when it holds a run, else the newest run under it; a newest run that never
   * wrote its results is reported, not skipped for an older one.
   */
  private static Path runDirectory(Path dir) throws IOException {
    if (Files.isRegularFile(dir.resolve("results.json"))) {
      return dir;
    }
    if (!Files.isDirectory(dir)) {
      throw new MfnException(ExitCodes.USAGE, "no such directory: " + dir);
    }
    Path newest;
    try (Stream<Path> runs = Files.list(dir)) {
      newest =
          runs.filter(
                  p ->
                      Files.isDirectory(p)
                          && RUN_NAME.matcher(p.getFileName().toString()).matches())
              .max(Path::compareTo)
              .orElseThrow(
                  () -> new MfnException(ExitCodes.USAGE, "no run directory under " + dir));
    }
    if (!Files.isRegularFile(newest.resolve("results.json"))) {
      throw new MfnException(
          ExitCodes.RUNTIME,
          "the newest run "
              + newest
              + " has no results.json: it did not finish (failed, or stopped at once)");
    }
    return newest;
  }
}
