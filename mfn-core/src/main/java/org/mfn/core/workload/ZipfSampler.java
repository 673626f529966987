package org.mfn.core.workload;

import java.util.SplittableRandom;

/**
 * Samples ranks 0..n-1 with Zipf probabilities {@code P(k) ∝ 1 / (k + 1)^s}.
 *
 * <p>Inversion against a precomputed cumulative table: O(n) memory (8 bytes per rank), O(log n) per
 * sample, and exactly reproducible because the table is built with {@link StrictMath} in a fixed
 * order. An exponent of 0 gives the uniform distribution. Not thread-safe only in the sense that
 * the caller's {@link SplittableRandom} is not; the table itself is immutable.
 */
public final class ZipfSampler {
  private final double[] cumulative;
  private final double exponent;

  /**
   * Builds the table.
   *
   * @param n number of ranks, at least 1
   * @param exponent Zipf exponent {@code s}, 0 or more (commonly 0.6 .. 1.2 for flow popularity)
   * @throws IllegalArgumentException if {@code n < 1} or {@code exponent} is negative or not finite
   */
  public ZipfSampler(int n, double exponent) {
    if (n < 1) {
      throw new IllegalArgumentException("Zipf rank count must be at least 1: " + n);
    }
    if (!(exponent >= 0) || Double.isInfinite(exponent)) {
      throw new IllegalArgumentException("Zipf exponent must be finite and >= 0: " + exponent);
    }
    this.exponent = exponent;
    this.cumulative = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += weight(k);
      cumulative[k] = sum;
    }
  }

  private double weight(int rank) {
    return 1.0 / StrictMath.pow(rank + 1.0, exponent);
  }

  /** Returns the number of ranks. */
  public int size() {
    return cumulative.length;
  }

  /** Returns the exponent {@code s}. */
  public double exponent() {
    return exponent;
  }

  /**
   * Returns the probability of a rank.
   *
   * @param rank 0 .. size-1
   * @return {@code P(rank)}
   */
  public double probability(int rank) {
    return weight(rank) / cumulative[cumulative.length - 1];
  }

  /**
   * Draws one rank.
   *
   * @param random the source of randomness
   * @return a rank in 0 .. size-1
   */
  public int sample(SplittableRandom random) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] <= target) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
