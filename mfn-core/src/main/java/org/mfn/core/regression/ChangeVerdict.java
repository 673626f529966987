package org.mfn.core.regression;

/** The verdict on one benchmark between two runs. */
public enum ChangeVerdict {
  /** Better by more than the threshold: the whole interval lies beyond {@code -threshold}. */
  IMPROVED,
  /** Worse by more than the threshold: the whole interval lies beyond {@code +threshold}. */
  REGRESSED,
  /** Shown unchanged: the whole interval lies within {@code +-threshold}. */
  UNCHANGED,
  /**
   * The data cannot tell: the interval reaches past the threshold without lying beyond it, or there
   * are too few samples for an interval (see the comparison's note).
   */
  INCONCLUSIVE,
  /**
   * A change seen where the data cannot tell it from fork-to-fork variation, which they do not
   * contain (allocation measured in single forks): shown, not judged, and not counted as a reason
   * to fail or to call the comparison undecided.
   */
  NOT_JUDGED,
  /**
   * The benchmark failed in a run: no finite score (JMH writes NaN when every iteration failed).
   * Shown in every output and fails the check like a regression.
   */
  FAILED
}
