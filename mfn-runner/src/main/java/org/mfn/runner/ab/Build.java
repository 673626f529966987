package org.mfn.runner.ab;

/** The two builds of an A/B comparison. */
public enum Build {
  /** The reference (A). */
  OLD,
  /** The change (B). */
  NEW
}
