package org.mfn.bench.ifr;

import org.HdrHistogram.Histogram;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Per-iteration latency percentiles recorded with HdrHistogram and reported as JMH secondary
 * results ({@code latencyP50Nanos} ... {@code latencyP999Nanos}; the runner reads the {@code Nanos}
 * suffix as the unit).
 *
 * <p>The histogram is reset when an iteration starts and read when it ends (JMH collects auxiliary
 * counters after the iteration's tear-down). Round trips are closed-loop (the next request is sent
 * when the previous response arrives), so these are service times at a concurrency of one and there
 * is no intended send schedule to correct for coordinated omission; an open-loop load test would
 * need that correction. Range 1 ns .. 10 s at 3 significant digits.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class LatencyCounters {
  /** Median round trip of the iteration, nanoseconds. */
  public long latencyP50Nanos;

  /** 90th percentile, nanoseconds. */
  public long latencyP90Nanos;

  /** 99th percentile, nanoseconds. */
  public long latencyP99Nanos;

  /** 99.9th percentile, nanoseconds. */
  public long latencyP999Nanos;

  private final Histogram histogram = new Histogram(1, 10_000_000_000L, 3);

  /** Starts an empty histogram for the iteration. */
  @Setup(Level.Iteration)
  public void reset() {
    histogram.reset();
  }

  /**
   * Records one round trip.
   *
   * @param startNanos {@link System#nanoTime()} before the request was sent
   */
  public void recordSince(long startNanos) {
    histogram.recordValue(Math.max(1, System.nanoTime() - startNanos));
  }

  /** Publishes the iteration's percentiles. */
  @TearDown(Level.Iteration)
  public void publish() {
    latencyP50Nanos = histogram.getValueAtPercentile(50);
    latencyP90Nanos = histogram.getValueAtPercentile(90);
    latencyP99Nanos = histogram.getValueAtPercentile(99);
    latencyP999Nanos = histogram.getValueAtPercentile(99.9);
  }
}
