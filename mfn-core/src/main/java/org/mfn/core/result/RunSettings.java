package org.mfn.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How a run was configured: what was selected and the JMH settings used.
 *
 * @param profile profile name ({@code smoke}, {@code quick}, {@code standard}, {@code thorough})
 * @param layers layers selected
 * @param layersNotBuilt selected layers that have no benchmarks yet (reported, not an error)
 * @param includes JMH include patterns that were run
 * @param baseline whether baseline benchmarks were run
 * @param forks forks per benchmark
 * @param warmupIterations warm-up iterations per fork
 * @param warmupSeconds seconds per warm-up iteration
 * @param measurementIterations measurement iterations per fork
 * @param measurementSeconds seconds per measurement iteration
 * @param confidenceLevel confidence level of the intervals, e.g. 0.95
 * @param flowCount the {@code flowCount} parameter override, or null for the benchmarks' own
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSettings(
    String profile,
    List<Layer> layers,
    List<Layer> layersNotBuilt,
    List<String> includes,
    boolean baseline,
    int forks,
    int warmupIterations,
    double warmupSeconds,
    int measurementIterations,
    double measurementSeconds,
    double confidenceLevel,
    List<String> flowCount) {}
