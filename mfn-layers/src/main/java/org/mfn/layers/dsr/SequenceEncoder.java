package org.mfn.layers.dsr;

import java.util.Arrays;
import java.util.List;
import org.mfn.core.workload.FlowPatternGenerator;
import org.mfn.layers.nn.Dense;
import org.mfn.layers.nn.Kernels;
import org.mfn.layers.nn.Lstm;
import org.mfn.layers.nn.Trainable;

/**
 * Encodes a flow's recent packets ({@link FlowPatternGenerator#FEATURES} features per packet) into
 * a unit-length embedding: an {@link Lstm} over the packets, a {@link Dense} projection of its last
 * hidden state to {@code dimensions}, then normalisation, so that the dot product of two embeddings
 * is their cosine similarity. Holds its work arrays (no allocation per call); not thread-safe, one
 * encoder per thread ({@link #copy} shares nothing).
 */
public final class SequenceEncoder {
  private final Lstm lstm;
  private final Dense projection;
  private final int dimensions;
  private final Lstm.Trace trace = new Lstm.Trace();
  private final float[] raw;
  private final float[] dRaw;
  private final float[] dLast;
  private final float[] work;
  private int lastOffset;
  private float rawNorm;

  /**
   * Creates an untrained encoder.
   *
   * @param hidden LSTM units, at least 1
   * @param dimensions embedding size, at least 1
   * @param seed initialisation seed
   */
  public SequenceEncoder(int hidden, int dimensions, long seed) {
    this.lstm = new Lstm(FlowPatternGenerator.FEATURES, hidden, seed);
    this.projection = new Dense(hidden, dimensions, seed + 1);
    this.dimensions = dimensions;
    this.raw = new float[dimensions];
    this.dRaw = new float[dimensions];
    this.dLast = new float[hidden];
    this.work = new float[lstm.workSize()];
  }

  /** Returns the embedding size. */
  public int dimensions() {
    return dimensions;
  }

  /** Returns the LSTM's hidden size. */
  public int hidden() {
    return lstm.hidden();
  }

  /** Returns the parts with parameters, in a fixed order (for optimizers and model files). */
  public List<Trainable> parts() {
    return List.of(lstm, projection);
  }

  /**
   * Encodes a sequence.
   *
   * @param features {@code steps x FEATURES} packet features
   * @param offset offset of the first
   * @param steps packets, at least 1
   * @param out where the unit-length embedding goes
   * @param outOffset its offset
   * @throws IllegalArgumentException if a feature is NaN or infinite, naming its position
   */
  public void encode(float[] features, int offset, int steps, float[] out, int outOffset) {
    int n = steps * FlowPatternGenerator.FEATURES;
    if (offset < 0 || n <= 0 || offset + n > features.length) {
      throw new IllegalArgumentException(
          steps + " steps from offset " + offset + " do not fit " + features.length + " features");
    }
    for (int i = offset; i < offset + n; i++) {
      if (!Float.isFinite(features[i])) {
        throw new IllegalArgumentException(
            "feature " + (i - offset) + " of the sequence is " + features[i]);
      }
    }
    lastOffset = lstm.forward(features, offset, steps, trace);
    projection.forward(trace.h(), lastOffset, raw, 0);
    rawNorm = (float) Math.sqrt(Kernels.dot(raw, 0, raw, 0, dimensions));
    System.arraycopy(raw, 0, out, outOffset, dimensions);
    Kernels.normalize(out, outOffset, dimensions);
  }

  /**
   * Adds the parameter gradients for a gradient with respect to the embedding of the last {@link
   * #encode} call (through the normalisation, the projection and the LSTM).
   *
   * @param features the features that call encoded
   * @param offset their offset
   * @param embedding the embedding it returned
   * @param embOffset its offset
   * @param dEmbedding gradient of the loss with respect to the embedding
   * @param dOffset its offset
   */
  public void backward(
      float[] features,
      int offset,
      float[] embedding,
      int embOffset,
      float[] dEmbedding,
      int dOffset) {
    // y = r / |r|:  dr = (dy - y (y . dy)) / |r|
    float yDotDy = Kernels.dot(embedding, embOffset, dEmbedding, dOffset, dimensions);
    float inverse = rawNorm > 0 ? 1 / rawNorm : 0;
    for (int i = 0; i < dimensions; i++) {
      dRaw[i] = (dEmbedding[dOffset + i] - embedding[embOffset + i] * yDotDy) * inverse;
    }
    projection.backward(trace.h(), lastOffset, dRaw, 0, dLast, 0);
    lstm.backward(features, offset, trace, null, dLast, null, work);
  }

  /** Returns a copy with the same parameters and its own work arrays. */
  public SequenceEncoder copy() {
    SequenceEncoder c = new SequenceEncoder(lstm.hidden(), dimensions, 0);
    List<Trainable> from = parts();
    List<Trainable> to = c.parts();
    for (int i = 0; i < from.size(); i++) {
      float[] p = from.get(i).parameters();
      System.arraycopy(p, 0, to.get(i).parameters(), 0, p.length);
    }
    return c;
  }

  @Override
  public String toString() {
    return "SequenceEncoder[LSTM "
        + FlowPatternGenerator.FEATURES
        + "->"
        + lstm.hidden()
        + ", projection to "
        + dimensions
        + ", parameters "
        + Arrays.stream(new int[] {lstm.parameters().length, projection.parameters().length}).sum()
        + "]";
  }
}
