package org.mfn.layers.pipeline;

/**
 * The DSR stage of a pipeline's slow path: tells a new flow's class from its feature sequence.
 * Implementations cache the answer per feature sequence (a flow signature), as a flow classifier in
 * front of a neural model does; {@link #forget()} empties that cache. Not thread-safe.
 */
public interface FlowClassifier {
  /**
   * Classifies a flow.
   *
   * @param packets the packets (their template pool holds the features)
   * @param template the flow's feature sequence
   * @return the class, 0 or more
   */
  int classify(TracePackets packets, int template);

  /** Empties the per-signature cache, so that the next flows are classified by the model. */
  void forget();
}
