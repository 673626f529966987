package org.mfn.layers.pipeline;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Time spent in each stage of a pipeline's slow path, summed over the flows it handled, in
 * nanoseconds of {@link System#nanoTime()}; the number of slow-path calls; and the distribution of
 * each call's decision time (classify + route + predict) in an HdrHistogram (1 ns to 1 min, 3
 * significant digits; longer calls are recorded as 1 min). The fast path is not timed (a clock read
 * per packet would cost more than the lookup). Recording allocates nothing. Not thread-safe.
 */
public final class StageTimes {
  /** The longest decision time the histogram holds, nanoseconds. */
  public static final long MAX_RECORDED_NANOS = TimeUnit.MINUTES.toNanos(1);

  /** The stages of the slow path, in order. */
  public enum Stage {
    /** DSR: class of the flow. */
    CLASSIFY,
    /** ALM: route of the flow. */
    ROUTE,
    /** CPE: expected load of the flow's class. */
    PREDICT,
    /** IFR: installing the flow (measured by the registry's own caller). */
    INSTALL
  }

  private final long[] nanos = new long[Stage.values().length];
  private final Histogram decisions = new Histogram(MAX_RECORDED_NANOS, 3);
  private long calls;

  void add(Stage stage, long elapsed) {
    nanos[stage.ordinal()] += elapsed;
  }

  void countCall() {
    calls++;
  }

  void recordDecision(long elapsedNanos) {
    decisions.recordValue(Math.max(0, Math.min(elapsedNanos, MAX_RECORDED_NANOS)));
  }

  /**
   * Returns a percentile of the decision times recorded since the last reset.
   *
   * @param percentile in 0..100, e.g. 99.9
   * @return nanoseconds (HdrHistogram's value at that percentile), 0 when nothing was recorded
   */
  public long decisionPercentileNanos(double percentile) {
    if (!(percentile >= 0 && percentile <= 100)) {
      throw new IllegalArgumentException("percentile must be in 0..100: " + percentile);
    }
    return decisions.getTotalCount() == 0 ? 0 : decisions.getValueAtPercentile(percentile);
  }

  /** Returns the number of decisions in the histogram. */
  public long decisionCount() {
    return decisions.getTotalCount();
  }

  /** Returns the nanoseconds summed for a stage. */
  public long nanos(Stage stage) {
    return nanos[stage.ordinal()];
  }

  /** Returns the slow-path calls. */
  public long calls() {
    return calls;
  }

  /** Returns the mean nanoseconds of a stage per slow-path call, 0 when there was none. */
  public double meanNanos(Stage stage) {
    return calls == 0 ? 0 : (double) nanos(stage) / calls;
  }

  /** Sets everything to zero. */
  public void reset() {
    java.util.Arrays.fill(nanos, 0);
    decisions.reset();
    calls = 0;
  }
}
