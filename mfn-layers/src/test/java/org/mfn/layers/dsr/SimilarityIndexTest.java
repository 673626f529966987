package org.mfn.layers.dsr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mfn.layers.baseline.NaiveSimilarity;

class SimilarityIndexTest {

  /** Seeded random data of several sizes: the same ids, in the same order, as the naive search. */
  @Test
  void topK_equalsTheNaiveSearch() {
    SplittableRandom random = new SplittableRandom(3);
    for (int trial = 0; trial < 40; trial++) {
      int d = 1 + random.nextInt(300);
      int n = 1 + random.nextInt(2_000);
      SimilarityIndex index = new SimilarityIndex(d, 16);
      NaiveSimilarity naive = new NaiveSimilarity(d);
      float[] v = new float[d];
      for (int i = 0; i < n; i++) {
        fill(random, v);
        assertThat(index.add(v, 0)).isEqualTo(naive.add(v, 0));
      }
      fill(random, v);
      int k = 1 + random.nextInt(Math.min(n, 20));
      SimilarityIndex.Search s = index.topK(v, 0, k, index.newSearch());
      int[] expected = naive.topK(v, 0, k);
      assertThat(s.found()).isEqualTo(k);
      for (int i = 0; i < k; i++) {
        assertThat(s.score(i)).isCloseTo((float) naive.cosine(v, 0, expected[i]), within(1e-4f));
        if (s.id(i) != expected[i]) { // only a near-tie may differ between float and double
          assertThat(s.score(i))
              .isCloseTo((float) naive.cosine(v, 0, s.id(i)), within(1e-4f))
              .isCloseTo((float) naive.cosine(v, 0, expected[i]), within(1e-5f));
        }
        if (i > 0) {
          assertThat(s.score(i)).isLessThanOrEqualTo(s.score(i - 1));
        }
      }
    }
  }

  @Test
  void cache_hitsWithoutASearch_andNeverReturnsAStaleResultAfterInvalidation() {
    SimilarityIndex index = new SimilarityIndex(4, 4);
    index.add(new float[] {1, 0, 0, 0}, 0);
    index.add(new float[] {0, 1, 0, 0}, 0);
    SimilarityCache cache = new SimilarityCache(8, 1);
    float[] q = {0.9f, 0.1f, 0, 0};
    assertThat(cache.find(42)).isEqualTo(-1);
    cache.put(42, index.topK(q, 0, 1, index.newSearch()));
    int entry = cache.find(42);
    assertThat(entry).isNotNegative();
    assertThat(cache.id(entry, 0)).isEqualTo(0);
    index.add(new float[] {1, 0.05f, 0, 0}, 0); // now the closest
    cache.invalidate();
    assertThat(cache.find(42)).as("stale after the index changed").isEqualTo(-1);
    cache.put(42, index.topK(q, 0, 1, index.newSearch()));
    assertThat(cache.id(cache.find(42), 0)).isEqualTo(2);
    assertThat(cache.hits()).isEqualTo(2);
    assertThat(cache.misses()).isEqualTo(2);
  }

  @Test
  void badInput_isRefusedNamingTheProblem() {
    SimilarityIndex index = new SimilarityIndex(3, 1);
    assertThatThrownBy(() -> index.topK(new float[] {1, 0, 0}, 0, 1, index.newSearch()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the index is empty: nothing to search");
    index.add(new float[] {1, 2, 3}, 0);
    assertThatThrownBy(() -> index.topK(new float[] {1, 0, 0}, 0, 2, index.newSearch()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k must be in 1..1: 2");
    assertThatThrownBy(() -> index.add(new float[] {1, 2}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vector of 2 values from offset 0 does not hold 3 dimensions");
    assertThatThrownBy(() -> index.add(new float[] {1, Float.NaN, 0}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vector value 1 is NaN");
    assertThatThrownBy(() -> index.topK(new float[] {0, 0, 0}, 0, 1, index.newSearch()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("query is all zeros: it has no direction");
    assertThatThrownBy(() -> new SimilarityCache(6, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cache slots must be a power of two: 6");
  }

  private static void fill(SplittableRandom random, float[] v) {
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (random.nextDouble() * 2 - 1);
    }
  }
}
