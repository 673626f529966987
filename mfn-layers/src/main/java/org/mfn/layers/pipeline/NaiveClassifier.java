package org.mfn.layers.pipeline;

import java.util.HashMap;
import java.util.Map;
import org.mfn.core.workload.FlowPatternGenerator;
import org.mfn.layers.baseline.NaiveSimilarity;
import org.mfn.layers.dsr.SequenceEncoder;

/**
 * The baseline's classifier: the same embedding, matched against the same class means by {@link
 * NaiveSimilarity} (cosine in double over stored vectors, sorted), answers cached in a {@code
 * HashMap<Integer, Integer>}: the traditional way of writing the same decision.
 */
public final class NaiveClassifier implements FlowClassifier {
  private final SequenceEncoder encoder;
  private final NaiveSimilarity classMeans;
  private final float[] embedding;
  private final Map<Integer, Integer> cache = new HashMap<>();

  /**
   * Creates the classifier.
   *
   * @param models the trained models (a copy owned by this pipeline)
   */
  public NaiveClassifier(PipelineModels models) {
    this.encoder = models.encoder();
    this.embedding = new float[encoder.dimensions()];
    this.classMeans = new NaiveSimilarity(encoder.dimensions());
    for (int c = 0; c < models.classes(); c++) {
      classMeans.add(models.classSums(), c * encoder.dimensions());
    }
  }

  @Override
  public int classify(TracePackets packets, int template) {
    Integer known = cache.get(template);
    if (known != null) {
      return known;
    }
    FlowPatternGenerator.Sequences t = packets.templates();
    encoder.encode(t.features(), t.offset(template), t.steps(), embedding, 0);
    int found = classMeans.topK(embedding, 0, 1)[0];
    cache.put(template, found);
    return found;
  }

  @Override
  public void forget() {
    cache.clear();
  }
}
