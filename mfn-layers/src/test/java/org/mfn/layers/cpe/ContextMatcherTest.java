package org.mfn.layers.cpe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mfn.core.workload.TrafficSeriesGenerator;
import org.mfn.layers.baseline.NaiveSimilarity;
import org.mfn.layers.dsr.SimilarityIndex;

class ContextMatcherTest {
  @Test
  void match_returnsTheTopKOfABruteForceScan() {
    int width = 64;
    float[] stored = TrafficSeriesGenerator.contexts(10_000, width, 20, 1);
    float[] queries = TrafficSeriesGenerator.contexts(50, width, 20, 2);
    ContextMatcher matcher = new ContextMatcher(width, 10_000);
    NaiveSimilarity brute = new NaiveSimilarity(width);
    for (int c = 0; c < 10_000; c++) {
      matcher.store(stored, c * width);
      brute.add(stored, c * width);
    }
    SimilarityIndex.Search search = matcher.newSearch();
    for (int q = 0; q < 50; q++) {
      matcher.match(queries, q * width, 10, search);
      int[] expected = brute.topK(queries, q * width, 10);
      for (int i = 0; i < 10; i++) {
        // equal ids, or (a float/double near-tie) an equally similar one
        assertThat(brute.cosine(queries, q * width, search.id(i)))
            .isCloseTo(
                brute.cosine(queries, q * width, expected[i]),
                org.assertj.core.data.Offset.offset(1e-5));
      }
      assertThat(search.id(0)).isEqualTo(expected[0]);
    }
  }

  @Test
  void aContextOfTheWrongWidth_isRefused() {
    ContextMatcher matcher = new ContextMatcher(4, 1);
    assertThatThrownBy(() -> matcher.store(new float[3], 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vector of 3 values from offset 0 does not hold 4 dimensions");
  }
}
