package org.mfn.layers.dsr;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mfn.core.workload.FlowPatternGenerator;
import org.mfn.layers.nn.Adam;
import org.mfn.layers.nn.Dense;
import org.mfn.layers.nn.Losses;
import org.mfn.layers.nn.Trainable;

/**
 * Trains a {@link SequenceEncoder} on labelled sequences: a linear classifier on the unit-length
 * embedding, softmax cross-entropy, Adam, mini-batches in a seeded order. Embeddings of one class
 * are pulled together on the unit sphere, which is what cosine similarity and the recognizer's
 * prototypes use afterwards. Deterministic for a seed; not thread-safe.
 */
public final class EncoderTrainer {
  private final SequenceEncoder encoder;
  private final Dense head;
  private final Adam adam;
  private final float[] embedding;
  private final float[] logits;
  private final float[] dLogits;
  private final float[] dEmbedding;
  private final int classes;

  /**
   * Prepares training.
   *
   * @param encoder the encoder to train (its parameters change)
   * @param classes number of labels, at least 2
   * @param learningRate Adam's step size
   * @param seed the head's initialisation seed
   */
  public EncoderTrainer(SequenceEncoder encoder, int classes, float learningRate, long seed) {
    if (classes < 2) {
      throw new IllegalArgumentException("training needs at least 2 classes: " + classes);
    }
    this.encoder = encoder;
    this.classes = classes;
    this.head = new Dense(encoder.dimensions(), classes, seed);
    List<Trainable> parts = new ArrayList<>(encoder.parts());
    parts.add(head);
    this.adam = new Adam(parts, learningRate);
    this.embedding = new float[encoder.dimensions()];
    this.logits = new float[classes];
    this.dLogits = new float[classes];
    this.dEmbedding = new float[encoder.dimensions()];
  }

  /**
   * One optimizer step on a batch.
   *
   * @param data the sequences
   * @param batch indices of the sequences in the batch
   * @return the batch's mean loss
   */
  public float step(FlowPatternGenerator.Sequences data, int[] batch) {
    return step(data, batch, Float.NaN);
  }

  /**
   * One optimizer step on a batch at a given step size.
   *
   * @param data the sequences
   * @param batch indices of the sequences in the batch
   * @param stepSize Adam's step size for this step, or NaN for the trainer's own
   * @return the batch's mean loss
   */
  public float step(FlowPatternGenerator.Sequences data, int[] batch, float stepSize) {
    for (Trainable part : encoder.parts()) {
      part.zeroGradients();
    }
    head.zeroGradients();
    double loss = 0;
    for (int s : batch) {
      int offset = data.offset(s);
      encoder.encode(data.features(), offset, data.steps(), embedding, 0);
      head.forward(embedding, 0, logits, 0);
      loss += Losses.softmaxCrossEntropy(logits, 0, classes, data.labels()[s], dLogits, 0);
      head.backward(embedding, 0, dLogits, 0, dEmbedding, 0);
      encoder.backward(data.features(), offset, embedding, 0, dEmbedding, 0);
    }
    if (Float.isNaN(stepSize)) {
      adam.step(batch.length);
    } else {
      adam.step(batch.length, stepSize);
    }
    return (float) (loss / batch.length);
  }

  /**
   * Trains for some epochs.
   *
   * @param data the sequences
   * @param epochs passes over the data
   * @param batchSize sequences per step
   * @param seed the shuffling seed
   * @return the mean loss of each epoch
   */
  public List<Float> train(
      FlowPatternGenerator.Sequences data, int epochs, int batchSize, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] order = new int[data.count()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    List<Float> losses = new ArrayList<>();
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      double sum = 0;
      int batches = 0;
      for (int start = 0; start < order.length; start += batchSize) {
        int[] batch =
            java.util.Arrays.copyOfRange(order, start, Math.min(order.length, start + batchSize));
        sum += step(data, batch);
        batches++;
      }
      losses.add((float) (sum / batches));
    }
    return losses;
  }
}
