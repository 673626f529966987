package org.mfn.runner.plan;

import java.util.List;
import java.util.Map;
import org.mfn.core.result.RunLength;

/**
 * Every choice of a run, fixed before it starts, as four values: what runs, how JMH runs it, how
 * the samples are summarised, and where the files go.
 *
 * @param selection the benchmarks and parameters
 * @param jmh run lengths, profiler, timeout and fork JVMs
 * @param analysis confidence level and bootstrap replicates
 * @param output the output directory and what is reported
 */
public record RunPlan(Selection selection, JmhSettings jmh, Analysis analysis, Output output) {

  /** Seconds one single-shot iteration is assumed to take, for estimates. */
  public static final double SINGLE_SHOT_SECONDS = 1.0;

  /**
   * Returns the run length of a benchmark: its class's own, changed as the command line says.
   *
   * @param benchmark the benchmark
   * @return what runs
   */
  public RunLength lengthOf(BenchmarkInfo benchmark) {
    return jmh.lengths().applyTo(benchmark.own());
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
    double seconds = 0;
    for (BenchmarkInfo b : benchmarks) {
      seconds += parameterSets(b) * secondsPerParameterSet(b, setupSeconds);
    }
    return seconds;
  }

  /** Returns which parameter sets run: the selection's scope, or the profile's default. */
  public ParameterScope parameterScope() {
    return selection.scope() != null
        ? selection.scope()
        : ParameterScope.defaultFor(jmh.lengths().profile());
  }

  /**
   * Returns the values each parameter of a benchmark takes in this run (the command line's, then
   * the scope's).
   *
   * @param benchmark the benchmark
   * @return values by parameter name
   */
  public Map<String, List<String>> parametersFor(BenchmarkInfo benchmark) {
    return parameterScope() == ParameterScope.ALL
        ? parameterOverrides()
        : ClaimParameters.defaults().valuesFor(benchmark, parameterOverrides());
  }

  /** Returns how many parameter sets of a benchmark run. */
  public int parameterSets(BenchmarkInfo benchmark) {
    return benchmark.parameterSets(parametersFor(benchmark));
  }

  /** Returns the parameter sets of a benchmark that run. */
  public List<Map<String, String>> parameterCombinations(BenchmarkInfo benchmark) {
    return benchmark.parameterCombinations(parametersFor(benchmark));
  }

  /** Returns the {@code @Param} values given on the command line, by name. */
  public Map<String, List<String>> parameterOverrides() {
    return selection.parameterOverrides();
  }
}
