package org.mfn.core.harness;

import java.time.Duration;

/**
 * How the harness measures.
 *
 * @param name the measurement's name, as results.json and the reports show it (e.g. {@code
 *     com.example.MyProbe.lookup})
 * @param flowCount the flows the operation is called for, round-robin (at least 1)
 * @param warmup the unrecorded time before each round (zero or more)
 * @param duration the recorded time of each round (positive)
 * @param threads the threads calling the operation at once (at least 1)
 * @param ratePerSecond the offered load over all threads, operations per second, or 0 for a closed
 *     loop (each thread calls again as soon as the last call returns)
 * @param rounds independent repetitions, the "forks" of the statistics (at least 1)
 * @param interval the length of one sample within a round (positive, at most the duration)
 */
public record HarnessConfig(
    String name,
    int flowCount,
    Duration warmup,
    Duration duration,
    int threads,
    double ratePerSecond,
    int rounds,
    Duration interval) {
  /** Checks every value, naming the first that is out of range. */
  public HarnessConfig {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a measurement needs a name: '" + name + "'");
    }
    if (flowCount < 1) {
      throw new IllegalArgumentException("flow count must be at least 1: " + flowCount);
    }
    if (warmup == null || warmup.isNegative()) {
      throw new IllegalArgumentException("warm-up must not be negative: " + warmup);
    }
    if (duration == null || duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException("duration must be positive: " + duration);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (!(ratePerSecond >= 0) || Double.isInfinite(ratePerSecond)) {
      throw new IllegalArgumentException(
          "rate must be a non-negative number of operations per second: " + ratePerSecond);
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
    }
    if (interval == null
        || interval.isZero()
        || interval.isNegative()
        || interval.compareTo(duration) > 0) {
      throw new IllegalArgumentException(
          "interval must be positive and at most the duration (" + duration + "): " + interval);
    }
  }

  /** Whether the load is offered at a fixed rate (else a closed loop). */
  public boolean fixedRate() {
    return ratePerSecond > 0;
  }
}
