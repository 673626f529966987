package org.mfn.runner.jmh;

/** Receives progress of a JMH run, one call per event, on the thread that runs JMH. */
public interface ProgressListener {
  /**
   * A benchmark (one parameter set) starts.
   *
   * @param index 1-based position in the run
   * @param total benchmarks in the run
   * @param label benchmark name and parameters
   * @param secondsLeft estimated seconds until the run ends
   */
  void benchmarkStarted(int index, int total, String label, double secondsLeft);

  /**
   * A measurement or warm-up iteration ended.
   *
   * @param warmup true for a warm-up iteration
   * @param iteration 1-based iteration number within the fork
   * @param score the iteration's primary score
   * @param unit its unit
   */
  void iterationEnded(boolean warmup, int iteration, double score, String unit);

  /**
   * A benchmark ended.
   *
   * @param label benchmark name and parameters
   * @param score the mean primary score over all forks
   * @param error JMH's error half-width, or NaN
   * @param unit the unit
   */
  void benchmarkEnded(String label, double score, double error, String unit);
}
