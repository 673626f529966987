package org.mfn.bench.ifr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class FlowRegistryMatchBenchmarkPremiseTest {

  @Test
  void everyPacketHits_andOursAndTheBaselineComputeTheSameRoutesAndCounts() throws Exception {
    try (BenchmarkHarness<FlowRegistryMatchBenchmark> h =
        BenchmarkHarness.of(FlowRegistryMatchBenchmark.class, Map.of())) {
      assertThat(h.callEveryMethodOnce()).hasSize(6);
      FlowRegistryMatchBenchmark b = h.bench();
      QueryCursor[] c = new QueryCursor[5];
      FlowRegistryMatchBenchmark.Database db =
          h.newState(FlowRegistryMatchBenchmark.Database.class);
      for (int i = 0; i < c.length; i++) {
        c[i] = h.newState(QueryCursor.class);
      }
      PacketStream s = b.stream;
      int packets = 20_000;
      for (int p = 0; p < packets; p++) {
        int route = ExactMatchRoutes.routeOf(s.words, s.offset(p));
        assertThat(h.call("registry", c[0])).isEqualTo(route);
        assertThat(h.call("registryWithoutBloom", c[1])).isEqualTo(route);
        assertThat(h.call("hashMapBaseline", c[2])).isEqualTo(route);
        assertThat(h.call("hashMapPrebuiltKey", c[3])).isEqualTo(route);
        if (p < 2_000) {
          assertThat(h.call("sqliteBaseline", db, c[4])).isEqualTo(route);
        }
      }
      assertThat(b.registry.stats().misses()).as("every packet hits").isZero();
      assertThat(b.hashMapStore.misses()).isZero();
      assertThat(db.store.misses()).isZero();
      assertThat(db.store.size()).isEqualTo(b.trace.distinctFlows());
      // Packets 0 .. packets-1 went through each method once (packet 0 once more, from the first
      // call of every method): the two HashMap methods share one store, so it counted twice.
      for (int p = 0; p < packets; p += 97) {
        int record = b.registry.find(s.words, s.offset(p));
        long ours = b.registry.packets(record);
        assertThat(
                b.registryWithoutBloom.packets(b.registryWithoutBloom.find(s.words, s.offset(p))))
            .isEqualTo(ours);
        assertThat(b.hashMapStore.find(s.keyObject(p)).packets()).isEqualTo(2 * ours);
        assertThat(b.hashMapStore.find(s.keyObject(p)).bytes())
            .isEqualTo(2 * b.registry.bytes(record));
      }
    }
  }
}
