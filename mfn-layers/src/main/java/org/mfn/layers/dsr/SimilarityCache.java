package org.mfn.layers.dsr;

/**
 * Remembers the top-k result of recent queries by a 64-bit key (a flow's hash), so that a flow
 * asked about again is answered without a search. Bounded: a fixed number of slots, each key in one
 * slot chosen by its hash (a newer key replaces an older one in its slot). A hit copies nothing and
 * allocates nothing: the caller reads the ids and scores from the cache. {@link #invalidate()}
 * makes every entry stale in {@code O(1)} (a generation count), so a result from before an
 * adaptation is never returned after it. Not thread-safe.
 */
public final class SimilarityCache {
  private final int slots;
  private final int k;
  private final long[] keys;
  private final int[] generationOf;
  private final int[] ids;
  private final float[] scores;
  private int generation = 1;
  private long hits;
  private long misses;

  /**
   * Creates an empty cache.
   *
   * @param slots entries kept, a power of two, at least 1
   * @param k results per entry, at least 1
   */
  public SimilarityCache(int slots, int k) {
    if (slots < 1 || Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("cache slots must be a power of two: " + slots);
    }
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1: " + k);
    }
    this.slots = slots;
    this.k = k;
    this.keys = new long[slots];
    this.generationOf = new int[slots];
    this.ids = new int[slots * k];
    this.scores = new float[slots * k];
  }

  /**
   * Looks a key up.
   *
   * @param key the query's key
   * @return the entry's offset for {@link #id} and {@link #score}, or -1 on a miss
   */
  public int find(long key) {
    int slot = slot(key);
    if (generationOf[slot] == generation && keys[slot] == key) {
      hits++;
      return slot * k;
    }
    misses++;
    return -1;
  }

  /** Returns the i-th result id of an entry found at {@code entry}. */
  public int id(int entry, int i) {
    return ids[entry + i];
  }

  /** Returns the i-th result score of an entry found at {@code entry}. */
  public float score(int entry, int i) {
    return scores[entry + i];
  }

  /**
   * Stores a search's results under a key.
   *
   * @param key the query's key
   * @param search a search that found at least k results
   */
  public void put(long key, SimilarityIndex.Search search) {
    if (search.found() < k) {
      throw new IllegalArgumentException(
          "a cache entry holds " + k + " results; the search found " + search.found());
    }
    int slot = slot(key);
    keys[slot] = key;
    generationOf[slot] = generation;
    for (int i = 0; i < k; i++) {
      ids[slot * k + i] = search.id(i);
      scores[slot * k + i] = search.score(i);
    }
  }

  /** Makes every entry stale (after the index or the model changed). */
  public void invalidate() {
    if (++generation == 0) {
      java.util.Arrays.fill(generationOf, 0);
      generation = 1;
    }
  }

  /** Returns the hits counted so far. */
  public long hits() {
    return hits;
  }

  /** Returns the misses counted so far. */
  public long misses() {
    return misses;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & (slots - 1);
  }
}
