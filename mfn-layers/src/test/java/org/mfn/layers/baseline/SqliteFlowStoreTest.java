package org.mfn.layers.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.core.workload.FlowTrace;
import org.mfn.core.workload.FlowTraceGenerator;
import org.mfn.core.workload.TraceConfig;

class SqliteFlowStoreTest {
  @TempDir Path dir;

  @Test
  void process_seededPackets_matchesTheHashMapStoreRouteForRouteAndCountForCount()
      throws Exception {
    FlowTrace trace =
        FlowTraceGenerator.generate(TraceConfig.defaults(500, 5_000).withIpv6Fraction(0.3));
    FlowKeyLayout layout = trace.layout();
    java.util.function.ToIntFunction<FiveTupleKey> routeOf = k -> Math.floorMod(k.hashCode(), 97);
    HashMapFlowStore reference = new HashMapFlowStore(1_000, routeOf);
    try (SqliteFlowStore store = new SqliteFlowStore(dir.resolve("flows.db"), routeOf)) {
      for (int p = 0; p < trace.packetCount(); p++) {
        FiveTupleKey key =
            FiveTupleKey.of(trace.keyWords(), trace.packetFlows()[p] * trace.stride(), layout);
        int size = trace.packetSizes()[p];
        assertThat(store.process(key, size, p)).isEqualTo(reference.process(key, size, p));
      }
      assertThat(store.hits()).isEqualTo(reference.hits());
      assertThat(store.misses()).isEqualTo(reference.misses());
      assertThat(store.size()).isEqualTo(reference.size());
      SplittableRandom random = new SplittableRandom(1);
      for (int i = 0; i < 50; i++) {
        int flow = trace.packetFlows()[random.nextInt(trace.packetCount())];
        FiveTupleKey key = FiveTupleKey.of(trace.keyWords(), flow * trace.stride(), layout);
        assertThat(store.packetsOf(key)).isEqualTo(reference.find(key).packets());
      }
    }
  }

  @Test
  void installAll_thenRemove_andTheFileKeepsTheRows() throws Exception {
    FiveTupleKey a = new FiveTupleKey(0, 1, 0, 2, 10, 20, 6, 4);
    FiveTupleKey b = new FiveTupleKey(0, 3, 0, 4, 30, 40, 17, 4);
    Path file = dir.resolve("flows.db");
    try (SqliteFlowStore store = new SqliteFlowStore(file, k -> -1)) {
      store.installAll(new FiveTupleKey[] {a, b}, new int[] {5, 6});
      assertThat(store.find(a)).isEqualTo(5);
      assertThat(store.remove(a)).isTrue();
      assertThat(store.remove(a)).isFalse();
      assertThat(store.process(a, 100, 1)).isEqualTo(SqliteFlowStore.NO_ROUTE);
    }
    try (SqliteFlowStore reopened = new SqliteFlowStore(file, k -> -1)) {
      assertThat(reopened.find(b)).isEqualTo(6);
      assertThat(reopened.size()).isEqualTo(1);
    }
  }

  @Test
  void badArguments_areRejectedNamingTheValue_andABadBatchInstallsNothing() throws Exception {
    FiveTupleKey a = new FiveTupleKey(0, 1, 0, 2, 10, 20, 6, 4);
    try (SqliteFlowStore store = new SqliteFlowStore(dir.resolve("f.db"), k -> 1)) {
      assertThatThrownBy(() -> store.process(a, -5, 0)).hasMessageContaining("-5");
      assertThatThrownBy(() -> store.installAll(new FiveTupleKey[] {a}, new int[] {1, 2}))
          .hasMessageContaining("1 and 2");
      FiveTupleKey b = new FiveTupleKey(0, 3, 0, 4, 30, 40, 17, 4);
      assertThatThrownBy(() -> store.installAll(new FiveTupleKey[] {a, b}, new int[] {1, -7}))
          .hasMessageContaining("-7");
      assertThat(store.size()).isZero();
    }
  }
}
