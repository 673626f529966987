package org.mfn.layers.pipeline;

import java.util.Arrays;
import org.mfn.core.workload.FlowPatternGenerator;
import org.mfn.layers.dsr.PatternRecognizer;
import org.mfn.layers.dsr.SequenceEncoder;

/**
 * MFN's classifier: the DSR encoder's 256-dimensional embedding of the flow's packets, matched to
 * the nearest class prototype ({@link PatternRecognizer}); answers cached per feature sequence in
 * an array indexed by template id. No allocation per call after the first call's cache sizing.
 */
public final class NeuralClassifier implements FlowClassifier {
  private final SequenceEncoder encoder;
  private final PatternRecognizer recognizer;
  private final float[] embedding;
  private int[] cache = new int[0];

  /**
   * Creates the classifier.
   *
   * @param models the trained models (a copy owned by this pipeline)
   */
  public NeuralClassifier(PipelineModels models) {
    this.encoder = models.encoder();
    this.recognizer = models.recognizer();
    this.embedding = new float[encoder.dimensions()];
  }

  @Override
  public int classify(TracePackets packets, int template) {
    if (template >= cache.length) {
      int old = cache.length;
      cache = Arrays.copyOf(cache, Math.max(template + 1, packets.templates().count()));
      Arrays.fill(cache, old, cache.length, -1);
    }
    int known = cache[template];
    if (known >= 0) {
      return known;
    }
    FlowPatternGenerator.Sequences t = packets.templates();
    encoder.encode(t.features(), t.offset(template), t.steps(), embedding, 0);
    int found = recognizer.recognize(embedding, 0);
    cache[template] = found;
    return found;
  }

  @Override
  public void forget() {
    Arrays.fill(cache, -1);
  }
}
