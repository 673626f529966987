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
  INCONCLUSIVE
}
