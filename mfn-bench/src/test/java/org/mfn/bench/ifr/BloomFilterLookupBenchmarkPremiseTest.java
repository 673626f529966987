package org.mfn.bench.ifr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class BloomFilterLookupBenchmarkPremiseTest {

  @Test
  void negativesAreNegativeButForTheConfiguredRate_positivesArePositive() throws Exception {
    try (BenchmarkHarness<BloomFilterLookupBenchmark> h =
        BenchmarkHarness.of(BloomFilterLookupBenchmark.class, Map.of())) {
      assertThat(h.callEveryMethodOnce()).hasSize(5);
      QueryCursor[] c = new QueryCursor[4];
      for (int i = 0; i < c.length; i++) {
        c[i] = h.newState(QueryCursor.class);
      }
      int queries = 20_000;
      int oursFalsePositives = 0;
      int guavaFalsePositives = 0;
      for (int q = 0; q < queries; q++) {
        oursFalsePositives += (boolean) h.call("blockedNegative", c[0]) ? 1 : 0;
        guavaFalsePositives += (boolean) h.call("guavaNegative", c[1]) ? 1 : 0;
        assertThat(h.call("blockedPositive", c[2])).isEqualTo(true);
        assertThat(h.call("guavaPositive", c[3])).isEqualTo(true);
      }
      // fpp 1%: 200 expected of 20,000; 2.5% is far beyond any binomial chance.
      assertThat(oursFalsePositives).isBetween(1, queries / 40);
      assertThat(guavaFalsePositives).isBetween(1, queries / 40);
    }
  }
}
