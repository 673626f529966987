package org.mfn.runner.plan;

import java.nio.file.Path;
import java.util.List;
import org.mfn.core.result.Layer;

/**
 * Every choice of a run, fixed before it starts.
 *
 * @param profile the profile the lengths came from
 * @param layers the selected layers
 * @param includes extra include patterns (regular expressions over benchmark names), may be empty
 * @param baseline whether BASELINE benchmarks run too
 * @param forks forks per benchmark, at least 1
 * @param warmupIterations warm-up iterations per fork, 0 or more
 * @param warmupSeconds seconds per warm-up iteration
 * @param measurementIterations measurement iterations per fork, at least 1
 * @param measurementSeconds seconds per measurement iteration
 * @param flowCounts values for the {@code flowCount} parameter, empty for the benchmarks' own
 * @param outputDirectory the directory under which the run directory is created
 * @param report whether to print the full claims and comparison tables
 * @param failOnTarget whether a failed claim makes the exit code 4
 * @param confidenceLevel confidence level of intervals
 * @param bootstrapResamples bootstrap replicates per interval
 * @param gcProfiler whether JMH's GC profiler records allocation per operation
 * @param timeoutSeconds JMH's timeout per iteration, seconds, or null for JMH's default (10 min)
 * @param memoryLimit heap of every forked JVM ({@code -Xms} and {@code -Xmx}, e.g. {@code 1g}), or
 *     null for the benchmarks' own
 * @param cpuAffinity CPUs the benchmark JVMs are pinned to ({@code taskset} list, e.g. {@code
 *     0-1}), or null for no pinning
 */
public record RunPlan(
    Profile profile,
    List<Layer> layers,
    List<String> includes,
    boolean baseline,
    int forks,
    int warmupIterations,
    double warmupSeconds,
    int measurementIterations,
    double measurementSeconds,
    List<String> flowCounts,
    Path outputDirectory,
    boolean report,
    boolean failOnTarget,
    double confidenceLevel,
    int bootstrapResamples,
    boolean gcProfiler,
    Double timeoutSeconds,
    String memoryLimit,
    String cpuAffinity) {

  /** Copies the lists and checks the invariants. */
  public RunPlan {
    layers = List.copyOf(layers);
    includes = List.copyOf(includes);
    flowCounts = List.copyOf(flowCounts);
    if (forks < 1) {
      throw new IllegalArgumentException(
          "forks must be at least 1 (0 would measure in the runner's own JVM): " + forks);
    }
    if (measurementIterations < 1) {
      throw new IllegalArgumentException(
          "measurement iterations must be at least 1: " + measurementIterations);
    }
    if (warmupIterations < 0) {
      throw new IllegalArgumentException(
          "warm-up iterations must be 0 or more: " + warmupIterations);
    }
  }

  /**
   * Estimates the wall time of one benchmark run (one parameter set), seconds: forks times (JVM
   * start and setup, warm-up, measurement).
   *
   * @param setupSeconds assumed JVM start and trial setup per fork
   * @return the estimate in seconds
   */
  public double secondsPerBenchmark(double setupSeconds) {
    return forks
        * (setupSeconds
            + warmupIterations * warmupSeconds
            + measurementIterations * measurementSeconds);
  }
}
