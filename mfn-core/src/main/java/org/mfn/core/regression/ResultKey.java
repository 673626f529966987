package org.mfn.core.regression;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mfn.core.result.BenchmarkResult;

/**
 * The identity under which two runs' results are matched: benchmark name, parameters, JMH mode and
 * thread count. The same method in throughput and average-time mode, or with one and with two
 * threads, measures different things and is never compared across them.
 *
 * @param id benchmark name and parameters ({@link BenchmarkResult#id()})
 * @param mode JMH mode ({@code avgt}, {@code thrpt}, {@code sample}, {@code ss}), or null when a
 *     file did not say
 * @param threads benchmark threads
 */
public record ResultKey(String id, String mode, int threads) {

  /**
   * Returns the key of a result.
   *
   * @param r the result
   * @return its key
   */
  public static ResultKey of(BenchmarkResult r) {
    return new ResultKey(r.id(), r.mode(), r.threads());
  }

  /**
   * Indexes one run's results by key.
   *
   * @param results the run's results
   * @param run {@code old} or {@code new}, for the error message
   * @return the results by key, in the run's order
   * @throws IllegalArgumentException if two results share a key
   */
  static Map<ResultKey, BenchmarkResult> index(List<BenchmarkResult> results, String run) {
    Map<ResultKey, BenchmarkResult> byKey = new LinkedHashMap<>();
    for (BenchmarkResult r : results) {
      ResultKey key = of(r);
      if (byKey.put(key, r) != null) {
        throw new IllegalArgumentException(
            "the " + run + " run holds " + key.fullLabel() + " twice; each result must be unique");
      }
    }
    return byKey;
  }

  /**
   * Chooses how each key is shown: its {@code id} alone where no other key of either run shares it,
   * else with mode and threads, e.g. {@code X.m{n=1} [thrpt, 2 threads]}.
   *
   * @param keys every key of both runs
   * @return the label of each key
   */
  static Map<ResultKey, String> labels(Collection<ResultKey> keys) {
    Map<String, Integer> idCount = new HashMap<>();
    keys.stream().distinct().forEach(k -> idCount.merge(k.id(), 1, Integer::sum));
    Map<ResultKey, String> labels = new HashMap<>();
    for (ResultKey k : keys) {
      labels.put(k, idCount.get(k.id()) > 1 ? k.fullLabel() : k.id());
    }
    return labels;
  }

  /** Returns the id with mode and threads. */
  public String fullLabel() {
    return String.format(
        Locale.ROOT,
        "%s [%s, %d thread%s]",
        id,
        mode == null ? "mode?" : mode,
        threads,
        threads == 1 ? "" : "s");
  }
}
