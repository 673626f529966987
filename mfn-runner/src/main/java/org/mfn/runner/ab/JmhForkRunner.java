package org.mfn.runner.ab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.mfn.core.io.BoundedProcess;
import org.mfn.core.result.RunLength;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.jmh.JmhJsonReader;
import org.mfn.runner.jmh.JmhRecord;

/**
 * Runs a fork with the build's own JMH: {@code java -cp JAR org.openjdk.jmh.Main} with one fork,
 * the run length, the parameters and a JSON result file, in a fresh JVM that forks the measured
 * one; the benchmark class's own {@code @Fork(jvmArgsAppend)} applies, the same for both builds.
 * JMH's machine-wide lock lives in a directory of its own. Each measured iteration's end is
 * timestamped as JMH prints it, so that duet mode can pair the two builds' iterations by time.
 */
public final class JmhForkRunner implements ForkRunner {
  /** JMH's line for a finished measured iteration ("Iteration 3: ..."; warm-ups start "#"). */
  private static final Pattern MEASURED_ITERATION = Pattern.compile("Iteration\\s+\\d+:");

  private final Duration timeout;

  /**
   * Creates the runner.
   *
   * @param timeout the longest one fork may take
   */
  public JmhForkRunner(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public Fork run(
      Build build,
      Path jar,
      String benchmark,
      Map<String, String> params,
      RunLength length,
      Path work,
      String cpus,
      List<String> jvmArgs) {
    try {
      // A directory per build: JMH's machine-wide lock lives in java.io.tmpdir, and in duet mode
      // both builds' forks run at once.
      Path dir = Files.createDirectories(work.resolve(build.name().toLowerCase(Locale.ROOT)));
      Path json = Files.createTempFile(dir, "fork-", ".json");
      List<String> command = new ArrayList<>();
      if (cpus != null) {
        command.addAll(List.of("taskset", "-c", cpus));
      }
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Djava.io.tmpdir=" + dir.toAbsolutePath());
      command.add("-cp");
      command.add(jar.toAbsolutePath().toString());
      command.add("org.openjdk.jmh.Main");
      command.add("^" + Pattern.quote(benchmark) + "$");
      command.addAll(
          List.of(
              "-f", "1",
              "-wi", Integer.toString(length.warmupIterations()),
              "-w", seconds(length.warmupSeconds()),
              "-i", Integer.toString(length.measurementIterations()),
              "-r", seconds(length.measurementSeconds()),
              "-foe", "true",
              "-rf", "json",
              "-rff", json.toAbsolutePath().toString()));
      params.forEach((k, v) -> command.addAll(List.of("-p", k + "=" + v)));
      if (!jvmArgs.isEmpty()) {
        // JMH splits this one argument at spaces and uses it in place of the class's own.
        command.addAll(List.of("-jvmArgsAppend", String.join(" ", jvmArgs)));
      }
      List<Long> ends = Collections.synchronizedList(new ArrayList<>());
      BoundedProcess.Outcome outcome =
          BoundedProcess.run(
              new ProcessBuilder(command),
              timeout,
              line -> {
                if (MEASURED_ITERATION.matcher(line).lookingAt()) {
                  ends.add(System.nanoTime());
                }
              });
      if (!outcome.succeeded()) {
        throw failed(
            build,
            benchmark,
            params,
            outcome.timedOut()
                ? "timed out after " + timeout.toSeconds() + " s"
                : "exit " + outcome.exitCode(),
            outcome.output());
      }
      List<JmhRecord> records = JmhJsonReader.read(json);
      if (records.size() != 1 || records.get(0).primary().rawData().isEmpty()) {
        throw failed(build, benchmark, params, "no result in its JMH JSON", outcome.output());
      }
      JmhRecord r = records.get(0);
      List<Double> iterations = r.primary().rawData().get(0);
      if (iterations.isEmpty()
          || iterations.stream().anyMatch(v -> v == null || !Double.isFinite(v))) {
        throw failed(build, benchmark, params, "a failed iteration (NaN)", outcome.output());
      }
      Files.deleteIfExists(json);
      List<Long> endNanos = ends.size() == iterations.size() ? List.copyOf(ends) : List.of();
      return new Fork(r.primary().unit(), iterations, endNanos);
    } catch (IOException e) {
      throw new AbException(
          ExitCodes.RUNTIME, "cannot run a fork of " + benchmark + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AbException(ExitCodes.RUNTIME, "interrupted while a fork of " + benchmark + " ran");
    }
  }

  private static AbException failed(
      Build build, String benchmark, Map<String, String> params, String why, String output) {
    String[] lines = output.strip().split("\n");
    String tail =
        String.join(
            "\n  ",
            java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 5), lines.length));
    return new AbException(
        ExitCodes.RUNTIME,
        "the "
            + build
            + " build's fork of "
            + benchmark
            + (params.isEmpty() ? "" : " " + params)
            + " failed ("
            + why
            + "); the comparison stops rather than go on one-sided. Its last lines:\n  "
            + tail);
  }

  private static String seconds(double s) {
    long ms = Math.max(1, Math.round(s * 1000));
    return ms + "ms";
  }
}
