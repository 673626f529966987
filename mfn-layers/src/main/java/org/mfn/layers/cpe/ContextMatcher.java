package org.mfn.layers.cpe;

import org.mfn.layers.dsr.SimilarityIndex;

/**
 * Stores flow context vectors and matches a new context to the k most similar stored ones by cosine
 * similarity, on the similarity layer's {@link SimilarityIndex} (nothing re-implemented: the same
 * normalised storage and Vector API scan). Not thread-safe for {@link #store}; one {@link
 * SimilarityIndex.Search} per matching thread.
 */
public final class ContextMatcher {
  private final SimilarityIndex index;

  /**
   * Creates an empty store.
   *
   * @param width values per context, at least 1
   * @param capacity contexts to make room for
   */
  public ContextMatcher(int width, int capacity) {
    this.index = new SimilarityIndex(width, capacity);
  }

  /** Returns the context width. */
  public int width() {
    return index.dimensions();
  }

  /** Returns how many contexts are stored. */
  public int size() {
    return index.size();
  }

  /**
   * Stores a context.
   *
   * @param context the values
   * @param offset offset of the first
   * @return its id, in order of storing
   * @throws IllegalArgumentException if it is not {@link #width()} finite values, or all zeros
   */
  public int store(float[] context, int offset) {
    return index.add(context, offset);
  }

  /** Returns scratch for {@link #match}. */
  public SimilarityIndex.Search newSearch() {
    return index.newSearch();
  }

  /**
   * Finds the k stored contexts most similar to a query.
   *
   * @param context the query
   * @param offset its offset
   * @param k how many, in {@code 1 .. size()}
   * @param search scratch, where the results go
   * @return {@code search}
   * @throws IllegalArgumentException naming an empty store, a k out of range or a bad context
   */
  public SimilarityIndex.Search match(
      float[] context, int offset, int k, SimilarityIndex.Search search) {
    return index.topK(context, offset, k, search);
  }
}
