package org.mfn.layers.dsr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mfn.core.workload.FlowPattern;
import org.mfn.core.workload.FlowPatternGenerator;
import org.mfn.layers.nn.ModelFile;

/**
 * The encoder trained on synthetic flow patterns, then the recognizer's prototypes learned from the
 * training embeddings, recognize held-out flows (another seed) with at least 90% accuracy; the loss
 * falls; the same seed gives the same model, bit for bit.
 */
class EncoderTrainingTest {
  static final int STEPS = 24;

  @Test
  void trainedEncoder_recognizesHeldOutFlows_andTrainingIsReproducible() throws Exception {
    FlowPatternGenerator.Sequences train = FlowPatternGenerator.generate(1_000, STEPS, 1);
    FlowPatternGenerator.Sequences heldOut = FlowPatternGenerator.generate(500, STEPS, 2);
    SequenceEncoder encoder = new SequenceEncoder(32, 256, 7);
    List<Float> losses = new EncoderTrainer(encoder, 5, 0.01f, 8).train(train, 8, 32, 9);
    PatternRecognizer recognizer = new PatternRecognizer(5, 256);
    float[] e = new float[256];
    for (int s = 0; s < train.count(); s++) {
      encoder.encode(train.features(), train.offset(s), STEPS, e, 0);
      recognizer.learn(e, 0, train.labels()[s]);
    }
    int correct = 0;
    int[][] confusion = new int[5][5];
    for (int s = 0; s < heldOut.count(); s++) {
      encoder.encode(heldOut.features(), heldOut.offset(s), STEPS, e, 0);
      int predicted = recognizer.recognize(e, 0);
      confusion[heldOut.labels()[s]][predicted]++;
      correct += predicted == heldOut.labels()[s] ? 1 : 0;
    }
    double accuracy = correct / (double) heldOut.count();
    System.out.printf(
        "DSR encoder: epoch losses %s; held-out accuracy %.3f; confusion %s%n",
        losses, accuracy, java.util.Arrays.deepToString(confusion));
    assertThat(accuracy).isGreaterThanOrEqualTo(0.90);
    assertThat(losses.get(losses.size() - 1)).isLessThan(losses.get(0) / 2);

    SequenceEncoder again = new SequenceEncoder(32, 256, 7);
    new EncoderTrainer(again, 5, 0.01f, 8).train(train, 8, 32, 9);
    assertThat(again.parts().get(0).parameters())
        .containsExactly(encoder.parts().get(0).parameters());

    // Saved and loaded into a fresh encoder: the same embeddings.
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    ModelFile.save(encoder.parts(), file);
    SequenceEncoder loaded = new SequenceEncoder(32, 256, 99);
    ModelFile.load(loaded.parts(), new ByteArrayInputStream(file.toByteArray()));
    float[] a = new float[256];
    float[] b = new float[256];
    encoder.encode(heldOut.features(), 0, STEPS, a, 0);
    loaded.encode(heldOut.features(), 0, STEPS, b, 0);
    assertThat(b).containsExactly(a);
    assertThat(FlowPattern.values()).hasSize(5);
  }

  @Test
  void adaptation_updatesThePrototype_andLeavesNoCachedResultBehind() {
    FlowPatternGenerator.Sequences flows = FlowPatternGenerator.generate(10, STEPS, 3);
    SequenceEncoder encoder = new SequenceEncoder(8, 16, 1);
    EncoderTrainer trainer = new EncoderTrainer(encoder, 5, 0.01f, 2);
    PatternRecognizer recognizer = new PatternRecognizer(5, 16);
    SimilarityCache cache = new SimilarityCache(16, 1);
    SimilarityIndex index = new SimilarityIndex(16, 4);
    float[] e = new float[16];
    encoder.encode(flows.features(), flows.offset(0), STEPS, e, 0);
    index.add(e, 0);
    cache.put(7, index.topK(e, 0, 1, index.newSearch()));
    assertThat(cache.find(7)).isNotNegative();
    float[] before = encoder.parts().get(0).parameters().clone();
    new AdaptiveLearner(encoder, trainer, recognizer, cache).adapt(flows, 3);
    assertThat(cache.find(7)).as("a result from before the adaptation").isEqualTo(-1);
    assertThat(recognizer.count(flows.labels()[3])).isEqualTo(1);
    assertThat(encoder.parts().get(0).parameters()).isNotEqualTo(before);
  }

  @Test
  void nonFiniteFeatures_areRefusedNamingThePosition() {
    SequenceEncoder encoder = new SequenceEncoder(4, 8, 1);
    float[] features = new float[3 * FlowPatternGenerator.FEATURES];
    features[5] = Float.NaN;
    assertThatThrownBy(() -> encoder.encode(features, 0, 3, new float[8], 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("feature 5 of the sequence is NaN");
  }
}
