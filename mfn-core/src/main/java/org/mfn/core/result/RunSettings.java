package org.mfn.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mfn.core.model.Layer;

/**
 * How a run was configured: what was selected and the JMH settings used.
 *
 * @param profile the profile that set the run lengths ({@code smoke}, {@code quick}, {@code
 *     standard}, {@code thorough}), or {@code annotations} when each class's own {@code @Fork},
 *     {@code @Warmup} and {@code @Measurement} applied
 * @param layers layers selected
 * @param layersNotBuilt selected layers that have no benchmarks yet (reported, not an error)
 * @param includes JMH include patterns that were run
 * @param baseline whether baseline benchmarks were run
 * @param forks forks per benchmark when every benchmark ran with the same number, else null
 * @param warmupIterations warm-up iterations per fork, when the same for all, else null
 * @param warmupSeconds seconds per warm-up iteration, when the same for all, else null
 * @param measurementIterations measurement iterations per fork, when the same for all, else null
 * @param measurementSeconds seconds per measurement iteration, when the same for all, else null
 * @param confidenceLevel confidence level of the intervals, e.g. 0.95
 * @param flowCount the {@code flowCount} parameter override, or null for the benchmarks' own
 * @param runLengthSource where the run lengths came from, e.g. {@code class annotations} or {@code
 *     profile quick, --forks 3}; null in files written before it was recorded
 * @param runLengths the run length of every benchmark that was selected, by name; null in older
 *     files
 * @param network the network the network benchmarks ran on, in words (e.g. loopback), or null when
 *     none ran ({@code --network-simulation})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSettings(
    String profile,
    List<Layer> layers,
    List<Layer> layersNotBuilt,
    List<String> includes,
    boolean baseline,
    Integer forks,
    Integer warmupIterations,
    Double warmupSeconds,
    Integer measurementIterations,
    Double measurementSeconds,
    double confidenceLevel,
    List<String> flowCount,
    String runLengthSource,
    Map<String, RunLength> runLengths,
    String network) {

  /**
   * Builds the settings of a run whose benchmarks ran with the given lengths: the uniform fields
   * are filled when every benchmark ran with the same length.
   *
   * @param profile profile name, or {@code annotations}
   * @param layers layers selected
   * @param layersNotBuilt layers without benchmarks
   * @param baseline whether baseline benchmarks ran
   * @param confidenceLevel confidence level
   * @param flowCount the flowCount override, or null
   * @param runLengthSource where the lengths came from
   * @param runLengths each selected benchmark's run length, by name (its keys are the includes)
   * @return the settings
   */
  public static RunSettings of(
      String profile,
      List<Layer> layers,
      List<Layer> layersNotBuilt,
      boolean baseline,
      double confidenceLevel,
      List<String> flowCount,
      String runLengthSource,
      Map<String, RunLength> runLengths) {
    Map<String, RunLength> sorted = new TreeMap<>(runLengths);
    Set<RunLength> distinct = new HashSet<>(sorted.values());
    RunLength uniform = distinct.size() == 1 ? distinct.iterator().next() : null;
    return new RunSettings(
        profile,
        layers,
        layersNotBuilt,
        List.copyOf(sorted.keySet()),
        baseline,
        uniform == null ? null : uniform.forks(),
        uniform == null ? null : uniform.warmupIterations(),
        uniform == null ? null : uniform.warmupSeconds(),
        uniform == null ? null : uniform.measurementIterations(),
        uniform == null ? null : uniform.measurementSeconds(),
        confidenceLevel,
        flowCount,
        runLengthSource,
        sorted,
        null);
  }

  /** Returns a copy that names the network the network benchmarks ran on. */
  public RunSettings withNetwork(String description) {
    return new RunSettings(
        profile,
        layers,
        layersNotBuilt,
        includes,
        baseline,
        forks,
        warmupIterations,
        warmupSeconds,
        measurementIterations,
        measurementSeconds,
        confidenceLevel,
        flowCount,
        runLengthSource,
        runLengths,
        description);
  }
}
