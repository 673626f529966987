package org.mfn.runner.run;

import org.mfn.runner.jmh.ProgressListener;

/**
 * Follows a run from outside the console: its start, every benchmark and iteration ({@link
 * ProgressListener}), on the thread that runs JMH. Used by {@code --dashboard} to publish the run
 * live.
 */
public interface RunListener extends ProgressListener {
  /**
   * The run starts, after its plan is fixed and before the first benchmark.
   *
   * @param runDirectory the run directory's name
   * @param parameterSets benchmark parameter sets that will run
   * @param estimateSeconds the estimated duration, seconds
   * @param profile the run-length profile ({@code annotations} for the classes' own)
   */
  void runStarted(String runDirectory, int parameterSets, double estimateSeconds, String profile);

  /** A listener that does nothing. */
  RunListener NONE =
      new RunListener() {
        @Override
        public void runStarted(String runDirectory, int sets, double estimate, String profile) {}

        @Override
        public void benchmarkStarted(int index, int total, String label, double secondsLeft) {}

        @Override
        public void iterationEnded(boolean warmup, int iteration, double score, String unit) {}

        @Override
        public void benchmarkEnded(String label, double score, double error, String unit) {}
      };
}
