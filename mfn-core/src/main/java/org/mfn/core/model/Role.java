package org.mfn.core.model;

/** What a benchmark result stands for in a comparison. */
public enum Role {
  /** Our implementation, the system under test. */
  MFN,
  /** The traditional system a claim is made against; runs with {@code --baseline}. */
  BASELINE,
  /** A well-known library measured for comparison; runs with its subject. */
  PEER,
  /**
   * The harness alone: JMH's {@code baseline()} of a class whose operations take nanoseconds, doing
   * what every method of the class does besides the operation (fetch the input, return a value), so
   * that the reader sees how much of each score is the harness. Never paired or judged.
   */
  HARNESS
}
