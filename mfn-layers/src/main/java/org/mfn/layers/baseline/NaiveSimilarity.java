package org.mfn.layers.baseline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The similarity search an ordinary implementation would write: vectors kept as they are, cosine
 * computed in double for each query against each vector with both norms recomputed every time, all
 * scores sorted to take the first k. No normalisation cache, no index, no tricks. Results ordered
 * by similarity, highest first, ties by lower id (as the layer's).
 */
public final class NaiveSimilarity {
  private final int dimensions;
  private final List<float[]> vectors = new ArrayList<>();

  /**
   * Creates an empty store.
   *
   * @param dimensions vector size, at least 1
   */
  public NaiveSimilarity(int dimensions) {
    if (dimensions < 1) {
      throw new IllegalArgumentException("dimensions must be at least 1: " + dimensions);
    }
    this.dimensions = dimensions;
  }

  /** Adds a vector (a copy) and returns its id. */
  public int add(float[] vector, int offset) {
    vectors.add(Arrays.copyOfRange(vector, offset, offset + dimensions));
    return vectors.size() - 1;
  }

  /**
   * Returns the ids of the k most similar vectors.
   *
   * @param query the query
   * @param offset its offset
   * @param k how many, in {@code 1 .. size}
   * @return the ids, best first
   */
  public int[] topK(float[] query, int offset, int k) {
    if (k < 1 || k > vectors.size()) {
      throw new IllegalArgumentException("k must be in 1.." + vectors.size() + ": " + k);
    }
    double[] scores = new double[vectors.size()];
    for (int v = 0; v < scores.length; v++) {
      float[] x = vectors.get(v);
      double dot = 0;
      double qq = 0;
      double xx = 0;
      for (int i = 0; i < dimensions; i++) {
        dot += (double) query[offset + i] * x[i];
        qq += (double) query[offset + i] * query[offset + i];
        xx += (double) x[i] * x[i];
      }
      scores[v] = dot / (Math.sqrt(qq) * Math.sqrt(xx));
    }
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
    int[] ids = new int[k];
    for (int i = 0; i < k; i++) {
      ids[i] = order[i];
    }
    return ids;
  }

  /** Returns the cosine similarity of a query and a stored vector, in double. */
  public double cosine(float[] query, int offset, int id) {
    float[] x = vectors.get(id);
    double dot = 0;
    double qq = 0;
    double xx = 0;
    for (int i = 0; i < dimensions; i++) {
      dot += (double) query[offset + i] * x[i];
      qq += (double) query[offset + i] * query[offset + i];
      xx += (double) x[i] * x[i];
    }
    return dot / (Math.sqrt(qq) * Math.sqrt(xx));
  }
}
