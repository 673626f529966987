package org.mfn.core.workload;

/**
 * The kinds of flow the similarity layer learns to tell apart, each with the packet rhythm that
 * marks it.
 */
public enum FlowPattern {
  /** A bulk transfer: full-size packets downstream back to back, a small ACK now and then. */
  BULK,
  /** A video stream: large packets in bursts at a frame rate, gaps between bursts. */
  VIDEO,
  /** An interactive session (keystrokes): small packets both ways at human intervals. */
  INTERACTIVE,
  /** Web request and response: a small request up, a few large packets down, a pause. */
  WEB,
  /** A port scan: minimal SYN packets upstream at a steady machine rate, no answers. */
  SCAN
}
