package org.mfn.core.workload;

/** Recorded fingerprints of default traces, pinned by {@link FlowTraceGeneratorTest}. */
final class TraceFingerprints {
  static final int DEFAULT_1000_10000_DISTINCT = 1093;
  static final long DEFAULT_1000_10000 = -2992695946057076095L;

  private TraceFingerprints() {}
}
