package org.mfn.runner.run;

import org.mfn.runner.jmh.ProgressListener;

/** Sends every progress event to the console and to a run listener, in that order. */
final class ProgressFanOut implements ProgressListener {
  private final ProgressListener first;
  private final ProgressListener second;

  ProgressFanOut(ProgressListener first, ProgressListener second) {
    this.first = first;
    this.second = second;
  }

  @Override
  public void benchmarkStarted(int index, int total, String label, double secondsLeft) {
    first.benchmarkStarted(index, total, label, secondsLeft);
    second.benchmarkStarted(index, total, label, secondsLeft);
  }

  @Override
  public void iterationEnded(boolean warmup, int iteration, double score, String unit) {
    first.iterationEnded(warmup, iteration, score, unit);
    second.iterationEnded(warmup, iteration, score, unit);
  }

  @Override
  public void benchmarkEnded(String label, double score, double error, String unit) {
    first.benchmarkEnded(label, score, error, unit);
    second.benchmarkEnded(label, score, error, unit);
  }
}
