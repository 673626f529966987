package org.mfn.runner.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.result.RunLength;

/**
 * One benchmark method in the jar with its labels.
 *
 * @param name fully qualified benchmark name ({@code org.mfn.bench.ifr.X.method})
 * @param layer the layer it measures
 * @param subject what it measures
 * @param role MFN, BASELINE or PEER
 * @param implementation short implementation label
 * @param params its {@code @Param} values, by name (empty when none)
 * @param alsoCompare secondary metrics compared with baselines and peers besides the score
 *     ({@code @Measures.alsoCompare}); empty for most
 * @param own the run length of the class's {@code @Fork}, {@code @Warmup} and {@code @Measurement},
 *     with JMH's defaults where it has none
 * @param singleShot whether it runs in single-shot mode (one call per iteration)
 * @param ownJvmArgs the class's {@code @Fork(jvmArgsAppend)} (heap, collector), empty when none
 */
public record BenchmarkInfo(
    String name,
    Layer layer,
    String subject,
    Role role,
    String implementation,
    Map<String, List<String>> params,
    List<String> alsoCompare,
    RunLength own,
    boolean singleShot,
    List<String> ownJvmArgs) {

  /** Copies the lists. */
  public BenchmarkInfo {
    alsoCompare = List.copyOf(alsoCompare);
    ownJvmArgs = List.copyOf(ownJvmArgs);
  }

  /**
   * Returns how many parameter sets run, given overrides.
   *
   * @param overrides parameter values given on the command line, by name
   * @return the product of the value counts
   */
  public int parameterSets(Map<String, List<String>> overrides) {
    int sets = 1;
    for (Map.Entry<String, List<String>> p : params.entrySet()) {
      List<String> values = overrides.getOrDefault(p.getKey(), p.getValue());
      sets *= Math.max(1, values.size());
    }
    return sets;
  }

  /**
   * Returns every parameter set that runs, given overrides: the product of the values, the first
   * parameter varying slowest.
   *
   * @param overrides parameter values given on the command line, by name
   * @return one map of name to value per set; a single empty map when there are no parameters
   */
  public List<Map<String, String>> parameterCombinations(Map<String, List<String>> overrides) {
    List<Map<String, String>> sets = new ArrayList<>();
    sets.add(Map.of());
    for (Map.Entry<String, List<String>> p : new TreeMap<>(params).entrySet()) {
      List<String> values = overrides.getOrDefault(p.getKey(), p.getValue());
      if (values.isEmpty()) {
        continue;
      }
      List<Map<String, String>> extended = new ArrayList<>();
      for (Map<String, String> set : sets) {
        for (String value : values) {
          Map<String, String> next = new TreeMap<>(set);
          next.put(p.getKey(), value);
          extended.add(Collections.unmodifiableMap(next));
        }
      }
      sets = extended;
    }
    return List.copyOf(sets);
  }
}
