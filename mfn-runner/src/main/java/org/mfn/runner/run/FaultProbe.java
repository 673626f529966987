package org.mfn.runner.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mfn.core.harness.ProbeResults;
import org.mfn.core.io.BoundedProcess;
import org.mfn.core.run.ResultsJson;

/**
 * Runs the integration's fault scenarios and the fixed-rate latency probes ({@code
 * org.mfn.bench.integration.FaultScenarios}) in a fresh JVM, as JMH runs benchmarks in forks: its
 * own fixed, pre-touched heap, and nothing of the runner's state. Their outcomes, timelines
 * included, come back as JSON.
 */
public final class FaultProbe {
  /** The class that runs the scenarios. */
  static final String MAIN = "org.mfn.bench.integration.FaultScenarios";

  /** Scenarios run, for the time limit. */
  public static final int SCENARIOS = 5;

  private FaultProbe() {}

  /**
   * Runs the scenarios.
   *
   * @param seconds recorded time per scenario
   * @param work a directory for the JVM's temporary files and its JSON
   * @param out where the scenarios' table goes
   * @return the fault scenarios' outcomes and the latency probes
   * @throws IOException if the JVM cannot start, fails, or writes no outcomes (message in one line)
   * @throws InterruptedException if interrupted while they run (the JVM is stopped)
   */
  public static ProbeResults run(double seconds, Path work, PrintWriter out)
      throws IOException, InterruptedException {
    Files.createDirectories(work);
    Path json = work.resolve("faults.json");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"));
    command.add("-Djava.io.tmpdir=" + work.toAbsolutePath());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN));
    command.add(json.toAbsolutePath().toString());
    command.add(String.format(Locale.ROOT, "%.3f", seconds));
    Duration limit = Duration.ofSeconds(Math.round(120 + 3 * estimateSeconds(seconds)));
    BoundedProcess.Outcome p = BoundedProcess.run(new ProcessBuilder(command), limit);
    if (!p.succeeded()) {
      String[] lines = p.output().strip().split("\n");
      throw new IOException(
          (p.timedOut() ? "timed out after " + limit.toSeconds() + " s" : "exit " + p.exitCode())
              + ": "
              + lines[lines.length - 1]);
    }
    out.print(p.output());
    out.flush();
    return read(json);
  }

  /**
   * Reads outcomes as the scenarios write them.
   *
   * @param json the file
   * @return the outcomes
   * @throws IOException if it cannot be read or is not a list of outcomes
   */
  public static ProbeResults read(Path json) throws IOException {
    return ResultsJson.mapper().readValue(json.toFile(), ProbeResults.class);
  }

  /**
   * About how long the scenarios and the probes take: each recorded period plus its warm-up (a
   * third of it), the probes' three rounds, and the JVM, model training and set-up.
   *
   * @param seconds recorded time per scenario and per probe round
   * @return seconds
   */
  public static double estimateSeconds(double seconds) {
    return (SCENARIOS + 2 * 3) * seconds * 4 / 3 + 20;
  }

  /** The recorded seconds per scenario for a profile (null: the classes' own run lengths). */
  public static double secondsFor(String profile) {
    if (profile == null) {
      return 5;
    }
    return switch (profile) {
      case "smoke" -> 3;
      case "quick" -> 5;
      case "standard" -> 10;
      default -> 20;
    };
  }
}
