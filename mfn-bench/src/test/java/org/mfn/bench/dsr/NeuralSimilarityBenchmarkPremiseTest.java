package org.mfn.bench.dsr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class NeuralSimilarityBenchmarkPremiseTest {
  @Test
  void oursAndTheNaiveSearch_findTheSameBestMatch() throws Exception {
    try (BenchmarkHarness<NeuralSimilarityBenchmark> h =
        BenchmarkHarness.of(NeuralSimilarityBenchmark.class, Map.of("indexSize", "2000"))) {
      assertThat(h.callEveryMethodOnce()).hasSize(4);
      NeuralSimilarityBenchmark b = h.bench();
      assertThat(b.index.size()).isEqualTo(2000);
      for (int q = 0; q < 32; q++) {
        b.next = q;
        int ours = (int) h.call("similarity");
        b.next = q;
        int naive = (int) h.call("naiveSimilarity");
        b.next = q;
        int search = (int) h.call("search");
        b.next = q;
        int naiveSearch = (int) h.call("naiveSearch");
        // Flows of one class embed almost alike: a near-tie may order differently in float and
        // double, so each best match must be as similar as the naive one's, to 1e-5.
        float[] query = b.queryEmbeddings;
        int at = q * b.dimensions;
        double best = b.naive.cosine(query, at, naiveSearch);
        assertThat(b.naive.cosine(query, at, search)).isCloseTo(best, within(1e-5));
        assertThat(search).isEqualTo(ours);
        assertThat(naive).isEqualTo(naiveSearch);
      }
    }
  }
}
