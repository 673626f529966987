package org.mfn.bench.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class SimilarityCacheBenchmarkPremiseTest {
  @Test
  void everyLookupHits_andBothCachesGiveTheSameBestId() throws Exception {
    try (BenchmarkHarness<SimilarityCacheBenchmark> h =
        BenchmarkHarness.of(SimilarityCacheBenchmark.class, Map.of())) {
      assertThat(h.callEveryMethodOnce()).hasSize(3);
      SimilarityCacheBenchmark b = h.bench();
      assertThat(b.keys.length).isGreaterThan(800);
      for (int i = 0; i < 4096; i++) {
        b.next = i;
        int ours = (int) h.call("lookupHit");
        b.next = i;
        int theirs = (int) h.call("hashMapHit");
        b.next = i;
        assertThat((long) h.call("baseline")).isEqualTo(b.keys[b.order[i]]);
        assertThat(ours).isNotNegative().isEqualTo(theirs);
      }
    }
  }
}
