package org.mfn.runner.jmh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the warm-up iteration scores that JMH's JSON leaves out, as they stream through the output
 * format: per benchmark and parameter set, one list per fork (a fork starts at warm-up iteration
 * 1). Used from JMH's runner thread only.
 */
public final class WarmupRecorder {
  private final Map<String, List<List<Double>>> series = new HashMap<>();

  /**
   * The key of a benchmark and its parameters, as used by {@link #forResult}.
   *
   * @param benchmark fully qualified benchmark name
   * @param params its parameters
   * @return the key
   */
  static String key(String benchmark, Map<String, String> params) {
    return benchmark + new TreeMap<>(params);
  }

  void record(String benchmark, Map<String, String> params, int iteration, double score) {
    List<List<Double>> forks =
        series.computeIfAbsent(key(benchmark, params), k -> new ArrayList<>());
    if (iteration == 1 || forks.isEmpty()) {
      forks.add(new ArrayList<>());
    }
    forks.get(forks.size() - 1).add(score);
  }

  /**
   * Returns the warm-up series of a result.
   *
   * @param benchmark fully qualified benchmark name
   * @param params its parameters
   * @return one list per fork, or null if none was recorded
   */
  public List<List<Double>> forResult(String benchmark, Map<String, String> params) {
    return series.get(key(benchmark, params));
  }
}
