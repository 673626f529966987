package org.mfn.layers.pipeline;

/**
 * Time spent in each stage of a pipeline's slow path, summed over the flows it handled, in
 * nanoseconds of {@link System#nanoTime()}; and the number of slow-path calls. The fast path is not
 * timed (a clock read per packet would cost more than the lookup). Not thread-safe.
 */
public final class StageTimes {
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
  private long calls;

  void add(Stage stage, long elapsed) {
    nanos[stage.ordinal()] += elapsed;
  }

  void countCall() {
    calls++;
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
    calls = 0;
  }
}
