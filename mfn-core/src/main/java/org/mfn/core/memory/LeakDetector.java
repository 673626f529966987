package org.mfn.core.memory;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Detects a leak by measurement: runs a workload for a number of rounds and, after each, measures
 * the used heap after full collections ({@link HeapProbe#usedAfterGc()}); a retained heap that
 * keeps growing is reported as a suspected leak with its slope.
 *
 * <p>The trend is the least-squares slope of retained bytes over round number with a Student-t
 * confidence interval (commons-math3 {@link SimpleRegression}). A leak is suspected when the whole
 * interval lies above zero <em>and</em> the growth it implies over the rounds exceeds {@code
 * minGrowthBytes}: the first condition keeps noise from being called a leak, the second keeps a
 * statistically clear but negligible drift (class loading, JIT bookkeeping, a few KB) from it. The
 * first {@code warmupRounds} are run but not measured, so that caches a workload fills once are not
 * mistaken for growth. Not for use while other threads allocate.
 */
public final class LeakDetector {
  /** The default rounds measured. */
  public static final int DEFAULT_ROUNDS = 12;

  /** The default growth below which a trend is not called a leak: 1 MiB over the run. */
  public static final long DEFAULT_MIN_GROWTH_BYTES = 1L << 20;

  private final int warmupRounds;
  private final int rounds;
  private final long minGrowthBytes;
  private final double confidence;

  /**
   * Creates a detector.
   *
   * @param warmupRounds rounds run before measuring, 0 or more
   * @param rounds rounds measured, at least 3
   * @param minGrowthBytes smallest implied growth called a leak, 0 or more
   * @param confidence confidence level of the slope's interval, in (0.5, 1)
   * @throws IllegalArgumentException naming the value out of range
   */
  public LeakDetector(int warmupRounds, int rounds, long minGrowthBytes, double confidence) {
    if (warmupRounds < 0) {
      throw new IllegalArgumentException("warm-up rounds must be 0 or more: " + warmupRounds);
    }
    if (rounds < 3) {
      throw new IllegalArgumentException("a trend needs at least 3 rounds: " + rounds);
    }
    if (minGrowthBytes < 0) {
      throw new IllegalArgumentException("minimum growth must be 0 or more: " + minGrowthBytes);
    }
    if (!(confidence > 0.5 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0.5, 1): " + confidence);
    }
    this.warmupRounds = warmupRounds;
    this.rounds = rounds;
    this.minGrowthBytes = minGrowthBytes;
    this.confidence = confidence;
  }

  /** A detector with 2 warm-up rounds, {@value #DEFAULT_ROUNDS} rounds, 1 MiB, 95%. */
  public static LeakDetector defaults() {
    return new LeakDetector(2, DEFAULT_ROUNDS, DEFAULT_MIN_GROWTH_BYTES, 0.95);
  }

  /**
   * Runs the workload and judges the trend.
   *
   * @param round one round of the workload
   * @return the report
   */
  public LeakReport run(Runnable round) {
    for (int i = 0; i < warmupRounds; i++) {
      round.run();
    }
    long[] retained = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      round.run();
      retained[i] = HeapProbe.usedAfterGc();
    }
    return judge(retained);
  }

  /**
   * Judges a series of retained-heap measurements.
   *
   * @param retained bytes after each round, at least 3
   * @return the report
   */
  public LeakReport judge(long[] retained) {
    if (retained.length < 3) {
      throw new IllegalArgumentException("a trend needs at least 3 rounds: " + retained.length);
    }
    SimpleRegression regression = new SimpleRegression();
    for (int i = 0; i < retained.length; i++) {
      regression.addData(i, retained[i]);
    }
    double slope = regression.getSlope();
    double stdErr = regression.getSlopeStdErr();
    double half;
    if (Double.isNaN(stdErr) || stdErr == 0) {
      half = 0; // a perfectly straight line: the slope is exact
    } else {
      double t =
          new TDistribution(retained.length - 2)
              .inverseCumulativeProbability(1 - (1 - confidence) / 2);
      half = t * stdErr;
    }
    double lower = slope - half;
    double upper = slope + half;
    double growth = slope * (retained.length - 1);
    boolean suspected = lower > 0 && growth > minGrowthBytes;
    return new LeakReport(retained, slope, lower, upper, growth, suspected);
  }
}
