package org.mfn.core.result;

/** What a benchmark result stands for in a comparison. */
public enum Role {
  /** Our implementation, the system under test. */
  MFN,
  /** The traditional system a claim is made against; runs with {@code --baseline}. */
  BASELINE,
  /** A well-known library measured for comparison; runs with its subject. */
  PEER
}
