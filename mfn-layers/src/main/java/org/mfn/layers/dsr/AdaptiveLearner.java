package org.mfn.layers.dsr;

import org.mfn.core.workload.FlowPatternGenerator;

/**
 * Learns from a newly labelled flow while the layer keeps serving: one gradient step of the encoder
 * on that flow ({@link EncoderTrainer#step}) at a small step size ({@link #STEP_SIZE}; at the
 * training rate, 64 single-flow steps raised a trained model's mean loss on new flows to 1.1), the
 * flow's new embedding added to its class's prototype ({@link PatternRecognizer#learn}), and the
 * similarity cache invalidated so that no answer from before the update is served after it. Not
 * thread-safe.
 */
public final class AdaptiveLearner {
  private final SequenceEncoder encoder;
  private final EncoderTrainer trainer;
  private final PatternRecognizer recognizer;
  private final SimilarityCache cache;
  private final float[] embedding;
  private final int[] one = new int[1];

  /** Adam's step size for an adaptation step, a tenth of the training rate. */
  public static final float STEP_SIZE = 0.001f;

  /**
   * Creates the learner.
   *
   * @param encoder the encoder it updates
   * @param trainer a trainer of that encoder
   * @param recognizer the prototypes it updates
   * @param cache the cache it invalidates, or null
   */
  public AdaptiveLearner(
      SequenceEncoder encoder,
      EncoderTrainer trainer,
      PatternRecognizer recognizer,
      SimilarityCache cache) {
    this.encoder = encoder;
    this.trainer = trainer;
    this.recognizer = recognizer;
    this.cache = cache;
    this.embedding = new float[encoder.dimensions()];
  }

  /**
   * Adapts to one labelled flow.
   *
   * @param data the sequences
   * @param sequence which one
   * @return the flow's loss before the step
   */
  public float adapt(FlowPatternGenerator.Sequences data, int sequence) {
    one[0] = sequence;
    float loss = trainer.step(data, one, STEP_SIZE);
    encoder.encode(data.features(), data.offset(sequence), data.steps(), embedding, 0);
    recognizer.learn(embedding, 0, data.labels()[sequence]);
    if (cache != null) {
      cache.invalidate();
    }
    return loss;
  }
}
