package org.mfn.bench.ifr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;
import org.mfn.core.flow.FlowHash;
import org.mfn.core.flow.FlowHasher;

class FlowHashBenchmarkPremiseTest {

  @Test
  void eachMethodHashesTheQueriedKeyWithItsHash() throws Exception {
    try (BenchmarkHarness<FlowHashBenchmark> h =
        BenchmarkHarness.of(FlowHashBenchmark.class, Map.of())) {
      assertThat(h.callEveryMethodOnce()).hasSize(3);
      FlowHashBenchmark b = h.bench();
      QueryCursor keyed = h.newState(QueryCursor.class);
      QueryCursor unkeyed = h.newState(QueryCursor.class);
      FlowHasher expected = FlowHasher.seeded(42);
      for (int q = 0; q < 1_000; q++) {
        long w0 = b.keys.presentQueries[FlowKeySet.queryOffset(q)];
        long w1 = b.keys.presentQueries[FlowKeySet.queryOffset(q) + 1];
        assertThat(h.call("keyed", keyed)).isEqualTo(expected.hash2(w0, w1));
        assertThat(h.call("unkeyed", unkeyed)).isEqualTo(FlowHash.hash2(w0, w1));
      }
    }
  }
}
