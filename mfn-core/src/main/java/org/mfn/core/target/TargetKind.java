package org.mfn.core.target;

/**
 * What a claim's value is computed from. Relative kinds use the direction-aware speedup {@code s}
 * of the claim's benchmark over its reference ({@code s > 1}: ours is better).
 */
public enum TargetKind {
  /** The metric of one benchmark, converted to the claim's unit. */
  ABSOLUTE,
  /** {@code (1 - 1/s) * 100}: percent of the reference's cost removed ("88.6% reduction"). */
  REDUCTION,
  /** {@code (s - 1) * 100}: percent better than the reference ("777% better"). */
  IMPROVEMENT,
  /** {@code (1/s - 1) * 100}: percent of extra cost over the reference ("overhead < 5%"). */
  OVERHEAD;

  /**
   * Maps a speedup to this kind's percent.
   *
   * @param speedup direction-aware ratio, positive
   * @return the percent
   */
  public double fromSpeedup(double speedup) {
    switch (this) {
      case REDUCTION:
        return (1 - 1 / speedup) * 100;
      case IMPROVEMENT:
        return (speedup - 1) * 100;
      case OVERHEAD:
        return (1 / speedup - 1) * 100;
      default:
        throw new IllegalStateException("an absolute claim has no speedup");
    }
  }

  /** Tells whether {@link #fromSpeedup(double)} increases with the speedup. */
  public boolean increasingInSpeedup() {
    return this != OVERHEAD;
  }
}
