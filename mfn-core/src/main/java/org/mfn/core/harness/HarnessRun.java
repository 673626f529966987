package org.mfn.core.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mfn.core.model.Layer;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.EnvironmentInfo;
import org.mfn.core.result.RunLength;
import org.mfn.core.result.RunSettings;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;

/**
 * A results.json of harness measurements: what {@code mfn-runner.jar report}, {@code check}, {@code
 * compare} and {@code --regression-check --baseline-file} read, like a run of JMH benchmarks. The
 * environment is this JVM's; the run-length section records each measurement's rounds (as forks),
 * intervals (as iterations) and warm-up.
 */
public final class HarnessRun {
  private HarnessRun() {}

  /**
   * Assembles a run.
   *
   * @param results the measurements, each with its benchmark result (same order)
   * @param benchmarks the benchmark results ({@link HarnessResult#toBenchmarkResult})
   * @param confidenceLevel the statistics' confidence level
   * @param started when the measurements started
   * @param ended when they ended
   * @return the run
   */
  public static RunResult of(
      List<HarnessResult> results,
      List<BenchmarkResult> benchmarks,
      double confidenceLevel,
      Instant started,
      Instant ended) {
    if (results.size() != benchmarks.size()) {
      throw new IllegalArgumentException(
          "one benchmark result per measurement: " + results.size() + " and " + benchmarks.size());
    }
    Map<String, RunLength> lengths = new LinkedHashMap<>();
    Set<Layer> layers = new LinkedHashSet<>();
    for (int i = 0; i < results.size(); i++) {
      HarnessConfig c = results.get(i).config();
      int intervals = (int) Math.max(1, c.duration().toNanos() / c.interval().toNanos());
      lengths.put(
          benchmarks.get(i).benchmark(),
          new RunLength(
              c.rounds(),
              c.warmup().isZero() ? 0 : 1,
              c.warmup().toNanos() / 1e9,
              intervals,
              c.interval().toNanos() / 1e9));
      if (benchmarks.get(i).layer() != null) {
        layers.add(benchmarks.get(i).layer());
      }
    }
    EnvironmentInfo env =
        EnvironmentInfo.ofThisJvm(
            "harness", cpuModel(), null, started.toString(), ended.toString());
    RunSettings settings =
        RunSettings.of(
            "harness",
            List.copyOf(layers),
            List.of(),
            false,
            confidenceLevel,
            null,
            "harness",
            lengths);
    return new RunResult(
        RunResult.SCHEMA_VERSION, env, settings, benchmarks, List.of(), List.of(), null);
  }

  /** The CPU's model name from {@code /proc/cpuinfo} where there is one, else {@code unknown}. */
  static String cpuModel() {
    try (java.util.stream.Stream<String> lines =
        java.nio.file.Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown");
    } catch (IOException | java.io.UncheckedIOException e) {
      return "unknown";
    }
  }

  /**
   * Writes a run as results.json (to a temporary file, then renamed).
   *
   * @param run the run
   * @param file where
   * @throws IOException if it cannot be written
   */
  public static void write(RunResult run, Path file) throws IOException {
    ResultsJson.write(run, file);
  }
}
