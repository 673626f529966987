package org.mfn.core.regression;

/** The verdict on one benchmark between two runs. */
public enum ChangeVerdict {
  /** Significantly better by more than the threshold. */
  IMPROVED,
  /** Significantly worse by more than the threshold. */
  REGRESSED,
  /** Not significant, or within the threshold. */
  UNCHANGED,
  /** Too little data to test (see the comparison's note). */
  INCONCLUSIVE,
  /**
   * A change seen where the data cannot tell it from fork-to-fork variation, which they do not
   * contain (allocation measured in single forks): shown, not judged, and not counted as a reason
   * to fail or to call the comparison undecided.
   */
  NOT_JUDGED
}
