package org.mfn.runner.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;

/**
 * Runs for history tests: a real smoke run's results with their start time, commit and every
 * benchmark's mean (and interval) scaled by a factor, so that a series of them has a known shape.
 */
public final class HistoryFixtures {
  /** A real smoke run's results.json. */
  public static final Path SMOKE_A = Path.of("src/test/resources/compare/smoke-a.json");

  private HistoryFixtures() {}

  /**
   * Makes a run.
   *
   * @param work a directory for the file
   * @param started the run's start time, ISO-8601
   * @param commit its commit
   * @param scale the factor every mean and interval bound is multiplied by
   * @return the run
   */
  public static RunResult run(Path work, String started, String commit, double scale)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = (ObjectNode) json.readTree(SMOKE_A.toFile());
    ObjectNode env = (ObjectNode) root.get("environment");
    env.put("startTime", started);
    env.put("gitCommit", commit);
    root.get("benchmarks")
        .forEach(
            b -> {
              ObjectNode s = (ObjectNode) b.get("primary").get("statistics");
              s.put("mean", s.get("mean").asDouble() * scale);
              if (s.get("ci") instanceof ObjectNode ci) {
                ci.put("lower", ci.get("lower").asDouble() * scale);
                ci.put("upper", ci.get("upper").asDouble() * scale);
              }
            });
    Path file = Files.createTempFile(work, "run-", ".json");
    json.writeValue(file.toFile(), root);
    return ResultsJson.read(file);
  }

  /**
   * Appends 24 runs, one a day from 1 October 2026, whose means are 20% higher from the 13th on
   * (commit {@code k13}; the run before it has {@code k12}), with 1% seeded noise: a history with
   * one known change point.
   *
   * @param store the history
   * @param work a directory for the runs' files
   */
  public static void appendStep(HistoryStore store, Path work) throws IOException {
    java.util.SplittableRandom random = new java.util.SplittableRandom(4);
    for (int i = 1; i <= 24; i++) {
      double scale = (i > 12 ? 1.2 : 1) * Math.exp(0.01 * random.nextGaussian());
      String day = String.format(java.util.Locale.ROOT, "2026-10-%02dT08:00:00Z", i);
      store.append(run(work, day, "k" + i, scale), "r" + i);
    }
  }
}
