package org.mfn.layers.ifr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.core.workload.FlowTrace;
import org.mfn.core.workload.FlowTraceGenerator;
import org.mfn.core.workload.TraceConfig;

class ShardedFlowRegistryTest {

  @Test
  void constructor_shardCountNotAPowerOfTwo_throws() {
    RegistryConfig config = RegistryConfig.of(FlowKeyLayout.IPV4, 100);
    assertThatThrownBy(() -> new ShardedFlowRegistry(config, 3, MissHandler.NEVER_INSTALL))
        .hasMessageContaining("power of two");
  }

  @Test
  void process_singleThread_countsLikeOneRegistry() {
    FlowTrace trace = FlowTraceGenerator.generate(TraceConfig.defaults(2_000, 50_000).withChurn(0));
    ShardedFlowRegistry sharded =
        new ShardedFlowRegistry(RegistryConfig.of(trace.layout(), 4_000), 8, (k, o) -> 1);
    FlowRegistry single = new FlowRegistry(RegistryConfig.of(trace.layout(), 4_000), (k, o) -> 1);
    for (int p = 0; p < trace.packetCount(); p++) {
      int offset = trace.packetFlows()[p] * trace.stride();
      assertThat(sharded.process(trace.keyWords(), offset, 64, p))
          .isEqualTo(single.process(trace.keyWords(), offset, 64, p));
    }
    assertThat(sharded.stats().hits()).isEqualTo(single.stats().hits());
    assertThat(sharded.size()).isEqualTo(single.size());
    for (int flow = 0; flow < trace.distinctFlows(); flow++) {
      int offset = flow * trace.stride();
      int record = single.find(trace.keyWords(), offset);
      assertThat(sharded.packetsOf(trace.keyWords(), offset))
          .isEqualTo(record < 0 ? -1 : single.packets(record));
    }
    sharded.checkInvariants();
  }

  @Test
  void process_fourThreadsOnSharedFlows_noCountIsLost() throws Exception {
    // Every thread sends every flow the same number of packets: the final counts must be exact.
    int flows = 5_000;
    int rounds = 20;
    int threads = 4;
    FlowTrace trace = FlowTraceGenerator.generate(TraceConfig.defaults(flows, 1).withChurn(0));
    ShardedFlowRegistry registry =
        new ShardedFlowRegistry(RegistryConfig.of(trace.layout(), flows * 2), 16, (k, o) -> 7);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int shift = t * 997;
        done.add(
            pool.submit(
                (Callable<Integer>)
                    () -> {
                      for (int r = 0; r < rounds; r++) {
                        for (int i = 0; i < flows; i++) {
                          int flow = (i + shift) % flows;
                          if (registry.process(trace.keyWords(), flow * trace.stride(), 100, r)
                              != 7) {
                            throw new AssertionError("wrong route");
                          }
                        }
                      }
                      return 0;
                    }));
      }
      for (Future<Integer> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(registry.size()).isEqualTo(flows);
    for (int flow = 0; flow < flows; flow++) {
      assertThat(registry.packetsOf(trace.keyWords(), flow * trace.stride()))
          .isEqualTo((long) threads * rounds);
    }
    RegistryStats stats = registry.stats();
    assertThat(stats.hits() + stats.misses()).isEqualTo((long) flows * rounds * threads);
    assertThat(stats.installs()).isEqualTo(flows);
    registry.checkInvariants();
  }

  @Test
  void install_nominalCapacityOfRandomFlows_evictsNothing() {
    // 100,000 flows over 16 shards: an exact 6,250 per shard overflowed about half the shards.
    ShardedFlowRegistry sharded =
        new ShardedFlowRegistry(
            RegistryConfig.of(FlowKeyLayout.IPV4, 100_000), 16, MissHandler.NEVER_INSTALL);
    long[] key = new long[2];
    for (int i = 0; i < 100_000; i++) {
      key[0] = 0x0A00_0000_0000_0000L + ((long) i << 16) + i;
      key[1] = 443L << 32 | 6L << 24 | 4;
      sharded.install(key, 0, 1, i);
    }
    assertThat(sharded.size()).isEqualTo(100_000);
    assertThat(sharded.stats().evictions()).isZero();
    assertThat(sharded.stats().capacity()).isBetween(100_000, 106_000);
  }

  @Test
  void shardCapacity_isTheShareAndFourStandardDeviations() {
    assertThat(ShardedFlowRegistry.shardCapacity(100_000, 16)).isEqualTo(6_250 + 307);
    assertThat(ShardedFlowRegistry.shardCapacity(1, 16)).isEqualTo(1 + 1);
    assertThat(ShardedFlowRegistry.shardCapacity(1_000, 1)).isEqualTo(1_000);
  }
}
