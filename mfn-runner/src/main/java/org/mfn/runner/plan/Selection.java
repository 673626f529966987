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
 * @param network whether the network benchmarks ({@code org.mfn.bench.network}) run, on loopback
 *     ({@code --network-simulation}); an include pattern that names them runs them too
 * @param scope which parameter sets run, or null for the profile's default ({@link
 *     ParameterScope#defaultFor})
 */
public record Selection(
    List<Layer> layers,
    List<String> includes,
    boolean baseline,
    List<String> flowCounts,
    boolean network,
    ParameterScope scope) {
  /** The package of the network benchmarks. */
  public static final String NETWORK_PACKAGE = "org.mfn.bench.network.";

  /** What {@code --network-simulation} runs on, as the report states it. */
  public static final String LOOPBACK =
      "loopback on this machine (TCP on 127.0.0.1 and Unix domain sockets; no link emulation)";

  /** A selection without the network benchmarks, with the profile's parameter scope. */
  public Selection(
      List<Layer> layers, List<String> includes, boolean baseline, List<String> flowCounts) {
    this(layers, includes, baseline, flowCounts, false, null);
  }

  /** A selection with the profile's parameter scope. */
  public Selection(
      List<Layer> layers,
      List<String> includes,
      boolean baseline,
      List<String> flowCounts,
      boolean network) {
    this(layers, includes, baseline, flowCounts, network, null);
  }

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
