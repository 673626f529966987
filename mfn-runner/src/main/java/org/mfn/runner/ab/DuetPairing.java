package org.mfn.runner.ab;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the measured iterations of two forks that ran at the same time (duet mode) by when they
 * ran, so that a round compares only iterations that shared the machine's state: an iteration of
 * one build is paired with the other build's iteration that overlaps it most in time, one to one
 * and in order, and only if they overlap by at least half the shorter one. Iterations without a
 * partner (one JVM started or finished earlier) are left out of the round.
 *
 * <p>An iteration is taken to run from the previous iteration's end (for the first: its end less
 * the nominal iteration time) to its own end, on the runner's {@link System#nanoTime()} clock.
 */
public final class DuetPairing {
  /**
   * The iterations a duet round keeps.
   *
   * @param old the OLD fork's paired iteration scores
   * @param now the NEW fork's paired iteration scores, in the same order
   * @param offered the smaller of the two forks' iteration counts
   * @param timed whether both forks had iteration times (else every iteration was kept by index)
   */
  public record Paired(List<Double> old, List<Double> now, int offered, boolean timed) {
    /** Copies the lists. */
    public Paired {
      old = List.copyOf(old);
      now = List.copyOf(now);
    }

    /** Returns the mean of the paired OLD scores. */
    public double oldMean() {
      return old.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Returns the mean of the paired NEW scores. */
    public double newMean() {
      return now.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
  }

  private DuetPairing() {}

  /**
   * Pairs two forks' iterations.
   *
   * @param old the OLD build's fork
   * @param now the NEW build's fork
   * @param iterationNanos the nominal length of one measured iteration, in nanoseconds (positive)
   * @return the paired iterations; without iteration times, all of them, paired by index
   */
  public static Paired pair(ForkRunner.Fork old, ForkRunner.Fork now, long iterationNanos) {
    if (iterationNanos <= 0) {
      throw new IllegalArgumentException("iteration length must be positive: " + iterationNanos);
    }
    int offered = Math.min(old.iterations().size(), now.iterations().size());
    if (old.endNanos().isEmpty() || now.endNanos().isEmpty()) {
      return new Paired(
          old.iterations().subList(0, offered),
          now.iterations().subList(0, offered),
          offered,
          false);
    }
    long[][] a = spans(old.endNanos(), iterationNanos);
    long[][] b = spans(now.endNanos(), iterationNanos);
    List<Double> keptOld = new ArrayList<>();
    List<Double> keptNew = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < a.length; i++) {
      int best = -1;
      long bestOverlap = 0;
      for (int j = next; j < b.length; j++) {
        long overlap = Math.min(a[i][1], b[j][1]) - Math.max(a[i][0], b[j][0]);
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = j;
        }
      }
      if (best < 0) {
        continue;
      }
      long shorter = Math.min(a[i][1] - a[i][0], b[best][1] - b[best][0]);
      if (2 * bestOverlap >= shorter) {
        keptOld.add(old.iterations().get(i));
        keptNew.add(now.iterations().get(best));
        next = best + 1;
      }
    }
    return new Paired(keptOld, keptNew, offered, true);
  }

  private static long[][] spans(List<Long> ends, long iterationNanos) {
    long[][] spans = new long[ends.size()][];
    for (int i = 0; i < spans.length; i++) {
      long end = ends.get(i);
      long start = i == 0 ? end - iterationNanos : ends.get(i - 1);
      spans[i] = new long[] {start, end};
    }
    return spans;
  }
}
