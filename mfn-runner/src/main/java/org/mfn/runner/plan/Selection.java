package org.mfn.runner.plan;

import java.util.List;
import java.util.Map;
import org.mfn.core.model.Layer;

/**
 * What a run measures.
 *
 * @param layers the selected layers
 * @param includes extra include patterns (regular expressions over benchmark names), may be empty
 * @param baseline whether BASELINE benchmarks run too
 * @param flowCounts values for the {@code flowCount} parameter, empty for the benchmarks' own
 */
public record Selection(
    List<Layer> layers, List<String> includes, boolean baseline, List<String> flowCounts) {
  /** Copies the lists. */
  public Selection {
    layers = List.copyOf(layers);
    includes = List.copyOf(includes);
    flowCounts = List.copyOf(flowCounts);
  }

  /** Returns the {@code @Param} values given on the command line, by name. */
  public Map<String, List<String>> parameterOverrides() {
    return flowCounts.isEmpty() ? Map.of() : Map.of("flowCount", flowCounts);
  }
}
