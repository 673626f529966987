package org.mfn.bench.ifr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class ConcurrentRegistryBenchmarkPremiseTest {

  @Test
  void bothStoresHitEveryPacketWithTheSameRoute() throws Exception {
    try (BenchmarkHarness<ConcurrentRegistryBenchmark> h =
        BenchmarkHarness.of(ConcurrentRegistryBenchmark.class, Map.of())) {
      assertThat(h.callEveryMethodOnce()).hasSize(4);
      ConcurrentRegistryBenchmark b = h.bench();
      QueryCursor ours = h.newState(QueryCursor.class);
      QueryCursor theirs = h.newState(QueryCursor.class);
      for (int p = 0; p < 20_000; p++) {
        int route = ExactMatchRoutes.routeOf(b.stream.words, b.stream.offset(p));
        assertThat(h.call("shardedOneThread", ours)).isEqualTo(route);
        assertThat(h.call("concurrentMapOneThread", theirs)).isEqualTo(route);
      }
      assertThat(b.sharded.stats().misses()).isZero();
    }
  }
}
