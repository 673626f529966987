package org.mfn.core.target;

/** The verdict on one claim. */
public enum Verdict {
  /** The whole confidence interval satisfies the claim. */
  PASS,
  /** No part of the confidence interval satisfies the claim. */
  FAIL,
  /** The threshold lies inside the interval, or there were too few samples for one. */
  INCONCLUSIVE,
  /** The claim's benchmark (or its reference) did not run. */
  NOT_MEASURED
}
