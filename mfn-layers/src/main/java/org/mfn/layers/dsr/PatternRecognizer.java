package org.mfn.layers.dsr;

import org.mfn.layers.nn.Kernels;

/**
 * Recognizes a flow's pattern by its nearest learned prototype: one unit-length prototype per
 * class, the normalised mean of that class's embeddings; a query goes to the class whose prototype
 * has the largest cosine similarity. No allocation per query. Not thread-safe for {@link #learn};
 * {@link #recognize} only reads.
 */
public final class PatternRecognizer {
  private final int classes;
  private final int dimensions;
  private final float[] sums;
  private final int[] counts;
  private final float[] prototypes;

  /**
   * Creates a recognizer with no prototypes.
   *
   * @param classes number of classes, at least 1
   * @param dimensions embedding size, at least 1
   */
  public PatternRecognizer(int classes, int dimensions) {
    if (classes < 1 || dimensions < 1) {
      throw new IllegalArgumentException(
          "a recognizer needs at least 1 class and 1 dimension: " + classes + ", " + dimensions);
    }
    this.classes = classes;
    this.dimensions = dimensions;
    this.sums = new float[classes * dimensions];
    this.counts = new int[classes];
    this.prototypes = new float[classes * dimensions];
  }

  /**
   * Adds one labelled embedding to its class's prototype (an online mean: the adaptation step).
   *
   * @param embedding a unit-length embedding
   * @param offset its offset
   * @param label its class
   */
  public void learn(float[] embedding, int offset, int label) {
    checkLabel(label);
    Kernels.axpy(1, embedding, offset, sums, label * dimensions, dimensions);
    counts[label]++;
    System.arraycopy(sums, label * dimensions, prototypes, label * dimensions, dimensions);
    Kernels.normalize(prototypes, label * dimensions, dimensions);
  }

  /**
   * Returns the class whose prototype is most similar.
   *
   * @param embedding a unit-length embedding
   * @param offset its offset
   * @return the class, or -1 when no class has a prototype yet
   */
  public int recognize(float[] embedding, int offset) {
    int best = -1;
    float bestSimilarity = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < classes; c++) {
      if (counts[c] == 0) {
        continue;
      }
      float similarity = Kernels.dot(prototypes, c * dimensions, embedding, offset, dimensions);
      if (similarity > bestSimilarity) {
        bestSimilarity = similarity;
        best = c;
      }
    }
    return best;
  }

  /** Returns how many embeddings a class's prototype averages. */
  public int count(int label) {
    checkLabel(label);
    return counts[label];
  }

  private void checkLabel(int label) {
    if (label < 0 || label >= classes) {
      throw new IllegalArgumentException("class must be in 0.." + (classes - 1) + ": " + label);
    }
  }
}
