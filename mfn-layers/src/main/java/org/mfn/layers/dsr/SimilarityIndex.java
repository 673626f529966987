package org.mfn.layers.dsr;

import java.util.Arrays;
import org.mfn.layers.nn.Kernels;

/**
 * Top-k cosine search over registered embeddings: vectors stored normalised, one after another in
 * one float array, scanned with the Vector API's dot product where the JVM has it (else an
 * eight-accumulator scalar one); the k best kept in a small min-heap. Results are ordered by
 * similarity, highest first, ties by lower id. A search allocates nothing. Not thread-safe for
 * {@link #add}; searches of one index from several threads need one {@link Search} each.
 */
public final class SimilarityIndex {
  private final int dimensions;
  private final boolean vectorized = Kernels.vectorLanes() > 0;
  private float[] vectors;
  private int size;

  /**
   * Creates an empty index.
   *
   * @param dimensions vector size, at least 1
   * @param initialCapacity vectors to make room for
   */
  public SimilarityIndex(int dimensions, int initialCapacity) {
    if (dimensions < 1) {
      throw new IllegalArgumentException("dimensions must be at least 1: " + dimensions);
    }
    this.dimensions = dimensions;
    this.vectors = new float[Math.max(1, initialCapacity) * dimensions];
  }

  /** Returns the vector size. */
  public int dimensions() {
    return dimensions;
  }

  /** Returns the number of vectors. */
  public int size() {
    return size;
  }

  /**
   * Registers a vector (a normalised copy is kept).
   *
   * @param vector the values
   * @param offset offset of the first
   * @return its id, {@code 0 .. size()-1} in order of registration
   * @throws IllegalArgumentException if the vector does not fit, has a NaN or infinite value, or is
   *     all zeros
   */
  public int add(float[] vector, int offset) {
    checkVector(vector, offset, "vector");
    if ((size + 1) * dimensions > vectors.length) {
      vectors = Arrays.copyOf(vectors, Math.max(vectors.length * 2, (size + 1) * dimensions));
    }
    System.arraycopy(vector, offset, vectors, size * dimensions, dimensions);
    Kernels.normalize(vectors, size * dimensions, dimensions);
    return size++;
  }

  /** Per-thread scratch and results of a search. */
  public final class Search {
    private final float[] query = new float[dimensions];
    private int[] ids = new int[0];
    private float[] scores = new float[0];
    private int found;

    /** Returns the id of the i-th best match (0 = best). */
    public int id(int i) {
      return ids[i];
    }

    /** Returns the cosine similarity of the i-th best match. */
    public float score(int i) {
      return scores[i];
    }

    /** Returns how many matches the last search found. */
    public int found() {
      return found;
    }
  }

  /** Returns new scratch for searches of this index. */
  public Search newSearch() {
    return new Search();
  }

  /**
   * Finds the k vectors most similar to a query.
   *
   * @param query the query (need not be normalised)
   * @param offset its offset
   * @param k how many, in {@code 1 .. size()}
   * @param search scratch from {@link #newSearch()}, where the results go
   * @return {@code search}
   * @throws IllegalArgumentException if the index is empty, k is out of range, or the query does
   *     not fit or has a NaN, infinite or all-zero value
   */
  public Search topK(float[] query, int offset, int k, Search search) {
    if (size == 0) {
      throw new IllegalArgumentException("the index is empty: nothing to search");
    }
    if (k < 1 || k > size) {
      throw new IllegalArgumentException("k must be in 1.." + size + ": " + k);
    }
    checkVector(query, offset, "query");
    System.arraycopy(query, offset, search.query, 0, dimensions);
    Kernels.normalize(search.query, 0, dimensions);
    if (search.ids.length < k) {
      search.ids = new int[k];
      search.scores = new float[k];
    }
    int[] ids = search.ids;
    float[] scores = search.scores;
    int heap = 0; // min-heap of the best k so far, worst at the root
    for (int v = 0; v < size; v++) {
      float s =
          vectorized
              ? Kernels.dot(search.query, 0, vectors, v * dimensions, dimensions)
              : dot8(search.query, vectors, v * dimensions, dimensions);
      if (heap < k) {
        ids[heap] = v;
        scores[heap] = s;
        siftUp(ids, scores, heap++);
      } else if (better(s, v, scores[0], ids[0])) {
        ids[0] = v;
        scores[0] = s;
        siftDown(ids, scores, k);
      }
    }
    // heap sort in place: worst to the end, leaving best first
    for (int end = k - 1; end > 0; end--) {
      swap(ids, scores, 0, end);
      siftDown(ids, scores, end);
    }
    search.found = k;
    return search;
  }

  /** Whether (s, id) ranks above (t, other): higher similarity, then lower id. */
  private static boolean better(float s, int id, float t, int other) {
    return s > t || (s == t && id < other);
  }

  private static void siftUp(int[] ids, float[] scores, int i) {
    while (i > 0) {
      int p = (i - 1) >>> 1;
      if (!better(scores[p], ids[p], scores[i], ids[i])) {
        break;
      }
      swap(ids, scores, i, p);
      i = p;
    }
  }

  private static void siftDown(int[] ids, float[] scores, int n) {
    int i = 0;
    while (true) {
      int worst = i;
      int l = 2 * i + 1;
      int r = l + 1;
      if (l < n && better(scores[worst], ids[worst], scores[l], ids[l])) {
        worst = l;
      }
      if (r < n && better(scores[worst], ids[worst], scores[r], ids[r])) {
        worst = r;
      }
      if (worst == i) {
        return;
      }
      swap(ids, scores, i, worst);
      i = worst;
    }
  }

  private static void swap(int[] ids, float[] scores, int a, int b) {
    int id = ids[a];
    ids[a] = ids[b];
    ids[b] = id;
    float s = scores[a];
    scores[a] = scores[b];
    scores[b] = s;
  }

  /** A dot product with eight independent accumulators (the scan's inner loop). */
  static float dot8(float[] q, float[] data, int off, int n) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    float s4 = 0;
    float s5 = 0;
    float s6 = 0;
    float s7 = 0;
    int i = 0;
    for (; i + 7 < n; i += 8) {
      s0 += q[i] * data[off + i];
      s1 += q[i + 1] * data[off + i + 1];
      s2 += q[i + 2] * data[off + i + 2];
      s3 += q[i + 3] * data[off + i + 3];
      s4 += q[i + 4] * data[off + i + 4];
      s5 += q[i + 5] * data[off + i + 5];
      s6 += q[i + 6] * data[off + i + 6];
      s7 += q[i + 7] * data[off + i + 7];
    }
    for (; i < n; i++) {
      s0 += q[i] * data[off + i];
    }
    return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
  }

  private void checkVector(float[] v, int offset, String what) {
    if (offset < 0 || offset + dimensions > v.length) {
      throw new IllegalArgumentException(
          what
              + " of "
              + (v.length - Math.max(0, offset))
              + " values from offset "
              + offset
              + " does not hold "
              + dimensions
              + " dimensions");
    }
    boolean nonZero = false;
    for (int i = offset; i < offset + dimensions; i++) {
      if (!Float.isFinite(v[i])) {
        throw new IllegalArgumentException(what + " value " + (i - offset) + " is " + v[i]);
      }
      nonZero |= v[i] != 0;
    }
    if (!nonZero) {
      throw new IllegalArgumentException(what + " is all zeros: it has no direction");
    }
  }
}
