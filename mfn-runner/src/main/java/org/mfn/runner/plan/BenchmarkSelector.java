package org.mfn.runner.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;

/**
 * Chooses the benchmarks of a run: those of the selected layers, MFN and PEER always, BASELINE only
 * with {@code --baseline}; then, if include patterns are given, only names matching one of them (a
 * regular expression found anywhere in the fully qualified name, as JMH does).
 */
public final class BenchmarkSelector {
  private BenchmarkSelector() {}

  /**
   * Selects.
   *
   * @param catalog every benchmark
   * @param plan the run plan
   * @return the selected benchmarks, sorted by name
   */
  public static List<BenchmarkInfo> select(BenchmarkCatalog catalog, RunPlan plan) {
    List<Pattern> includes = plan.selection().includes().stream().map(Pattern::compile).toList();
    return catalog.all().stream()
        .filter(b -> plan.selection().layers().contains(b.layer()))
        .filter(b -> b.role() != Role.BASELINE || plan.selection().baseline())
        .filter(
            b -> includes.isEmpty() || includes.stream().anyMatch(p -> p.matcher(b.name()).find()))
        .filter(
            b ->
                !b.name().startsWith(Selection.NETWORK_PACKAGE)
                    || plan.selection().network()
                    || includes.stream().anyMatch(p -> p.matcher(b.name()).find()))
        .toList();
  }

  /**
   * Returns the selected layers that have no benchmark in the jar yet.
   *
   * @param catalog every benchmark
   * @param layers the selected layers
   * @return those without benchmarks, in layer order
   */
  public static List<Layer> layersNotBuilt(BenchmarkCatalog catalog, List<Layer> layers) {
    Set<Layer> built =
        catalog.all().stream()
            .map(BenchmarkInfo::layer)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Layer.class)));
    return layers.stream().filter(l -> !built.contains(l)).toList();
  }
}
