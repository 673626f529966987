package org.mfn.runner.plan;

import java.util.List;
import java.util.Map;
import org.mfn.core.result.Layer;
import org.mfn.core.result.Role;

/**
 * One benchmark method in the jar with its labels.
 *
 * @param name fully qualified benchmark name ({@code org.mfn.bench.ifr.X.method})
 * @param layer the layer it measures
 * @param subject what it measures
 * @param role MFN, BASELINE or PEER
 * @param implementation short implementation label
 * @param params its {@code @Param} values, by name (empty when none)
 */
public record BenchmarkInfo(
    String name,
    Layer layer,
    String subject,
    Role role,
    String implementation,
    Map<String, List<String>> params) {

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
}
