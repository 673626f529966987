package org.mfn.runner.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mfn.core.model.Layer;
import org.mfn.core.result.RunLength;

/**
 * Every choice of a run, fixed before it starts.
 *
 * @param lengths how the command line changes the classes' own run lengths ({@link
 *     RunLengthOverride#NONE} to keep them)
 * @param layers the selected layers
 * @param includes extra include patterns (regular expressions over benchmark names), may be empty
 * @param baseline whether BASELINE benchmarks run too
 * @param flowCounts values for the {@code flowCount} parameter, empty for the benchmarks' own
 * @param outputDirectory the directory under which the run directory is created
 * @param report whether to print the full claims and comparison tables
 * @param failOnTarget whether a failed claim makes the exit code 4
 * @param confidenceLevel confidence level of intervals
 * @param bootstrapResamples bootstrap replicates per interval
 * @param gcProfiler whether JMH's GC profiler records allocation per operation
 * @param timeoutSeconds JMH's timeout per iteration, seconds, or null for JMH's default (10 min)
 * @param forkJvm how the forked JVMs' arguments differ from the classes' own ({@link ForkJvm#OWN}
 *     for none)
 * @param cpuAffinity CPUs the benchmark JVMs are pinned to ({@code taskset} list, e.g. {@code
 *     0-1}), or null for no pinning
 */
public record RunPlan(
    RunLengthOverride lengths,
    List<Layer> layers,
    List<String> includes,
    boolean baseline,
    List<String> flowCounts,
    Path outputDirectory,
    boolean report,
    boolean failOnTarget,
    double confidenceLevel,
    int bootstrapResamples,
    boolean gcProfiler,
    Double timeoutSeconds,
    ForkJvm forkJvm,
    String cpuAffinity) {

  /** Seconds one single-shot iteration is assumed to take, for estimates. */
  public static final double SINGLE_SHOT_SECONDS = 1.0;

  /** Copies the lists and checks the invariants. */
  public RunPlan {
    if (lengths == null) {
      throw new IllegalArgumentException("run lengths must not be null (use NONE)");
    }
    if (forkJvm == null) {
      throw new IllegalArgumentException("fork JVM settings must not be null (use OWN)");
    }
    layers = List.copyOf(layers);
    includes = List.copyOf(includes);
    flowCounts = List.copyOf(flowCounts);
  }

  /**
   * Returns the run length of a benchmark: its class's own, changed as the command line says.
   *
   * @param benchmark the benchmark
   * @return what runs
   */
  public RunLength lengthOf(BenchmarkInfo benchmark) {
    return lengths.applyTo(benchmark.own());
  }

  /**
   * Estimates the wall time of one parameter set of a benchmark, seconds.
   *
   * @param benchmark the benchmark
   * @param setupSeconds assumed JVM start and trial setup per fork
   * @return the estimate
   */
  public double secondsPerParameterSet(BenchmarkInfo benchmark, double setupSeconds) {
    return lengthOf(benchmark)
        .estimateSeconds(setupSeconds, SINGLE_SHOT_SECONDS, benchmark.singleShot());
  }

  /**
   * Estimates the wall time of the run, seconds.
   *
   * @param benchmarks the selected benchmarks
   * @param setupSeconds assumed JVM start and trial setup per fork
   * @return the estimate
   */
  public double estimateSeconds(List<BenchmarkInfo> benchmarks, double setupSeconds) {
    Map<String, List<String>> overrides = parameterOverrides();
    double seconds = 0;
    for (BenchmarkInfo b : benchmarks) {
      seconds += b.parameterSets(overrides) * secondsPerParameterSet(b, setupSeconds);
    }
    return seconds;
  }

  /** Returns the {@code @Param} values given on the command line, by name. */
  public Map<String, List<String>> parameterOverrides() {
    return flowCounts.isEmpty() ? Map.of() : Map.of("flowCount", flowCounts);
  }
}
