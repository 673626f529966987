package org.mfn.layers.ifr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mfn.core.flow.FlowHasher;
import org.mfn.core.flow.FlowKey;
import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.core.workload.FlowTrace;
import org.mfn.core.workload.FlowTraceGenerator;
import org.mfn.core.workload.TraceConfig;

class FlowRegistryTest {

  @Test
  void process_unknownFlow_asksTheSlowPathThenHits() {
    int[] calls = {0};
    FlowRegistry registry =
        new FlowRegistry(RegistryConfig.of(FlowKeyLayout.IPV4, 16), (k, o) -> ++calls[0] * 10);
    long[] key = registry.pack(FlowKey.parse("10.0.0.1:1000 -> 10.0.0.2:80 tcp"));

    assertThat(registry.process(key, 0, 100, 1_000)).isEqualTo(10);
    assertThat(registry.process(key, 0, 60, 2_000)).isEqualTo(10);

    assertThat(calls[0]).isEqualTo(1);
    int record = registry.find(key, 0);
    assertThat(registry.packets(record)).isEqualTo(2);
    assertThat(registry.bytes(record)).isEqualTo(160);
    assertThat(registry.lastSeenNanos(record)).isEqualTo(2_000);
    assertThat(registry.routeId(record)).isEqualTo(10);
    RegistryStats stats = registry.stats();
    assertThat(stats.hits()).isEqualTo(1);
    assertThat(stats.misses()).isEqualTo(1);
    assertThat(stats.installs()).isEqualTo(1);
    assertThat(stats.hitRate()).isEqualTo(0.5);
  }

  @Test
  void process_slowPathDeclines_flowStaysUninstalled() {
    FlowRegistry registry =
        new FlowRegistry(RegistryConfig.of(FlowKeyLayout.IPV4, 16), MissHandler.NEVER_INSTALL);
    long[] key = registry.pack(FlowKey.parse("10.0.0.1:1 -> 10.0.0.2:2 udp"));

    assertThat(registry.process(key, 0, 64, 0)).isEqualTo(FlowRegistry.NO_ROUTE);
    assertThat(registry.process(key, 0, 64, 0)).isEqualTo(FlowRegistry.NO_ROUTE);

    assertThat(registry.size()).isZero();
    assertThat(registry.stats().misses()).isEqualTo(2);
    assertThat(registry.stats().bloomRejections()).isEqualTo(2);
  }

  @Test
  void install_existingFlow_changesTheRouteKeepsCounts() {
    FlowRegistry registry =
        new FlowRegistry(RegistryConfig.of(FlowKeyLayout.DUAL_STACK, 4), (k, o) -> 1);
    long[] key = registry.pack(FlowKey.parse("[2001:db8::1]:1 -> [2001:db8::2]:2 tcp"));
    registry.process(key, 0, 100, 0);

    int record = registry.install(key, 0, 5, 0);

    assertThat(registry.routeId(record)).isEqualTo(5);
    assertThat(registry.packets(record)).isEqualTo(1);
    assertThat(registry.size()).isEqualTo(1);
  }

  @Test
  void install_fullRegistry_evictsAnUnreferencedFlow() {
    FlowRegistry registry = new FlowRegistry(RegistryConfig.of(FlowKeyLayout.IPV4, 3), (k, o) -> 0);
    long[][] keys = new long[4][];
    for (int i = 0; i < 4; i++) {
      keys[i] = registry.pack(FlowKey.ipv4(i, i, i, i, 6));
    }
    for (int i = 0; i < 3; i++) {
      registry.install(keys[i], 0, i, 0);
    }

    registry.install(keys[3], 0, 3, 0);

    assertThat(registry.size()).isEqualTo(3);
    assertThat(registry.stats().evictions()).isEqualTo(1);
    assertThat(registry.find(keys[3], 0)).isNotEqualTo(RobinHoodFlowTable.NOT_FOUND);
    registry.checkInvariants();
  }

  @Test
  void remove_installedFlow_isGoneAndItsRecordReused() {
    FlowRegistry registry = new FlowRegistry(RegistryConfig.of(FlowKeyLayout.IPV4, 1), (k, o) -> 0);
    long[] a = registry.pack(FlowKey.ipv4(1, 2, 3, 4, 6));
    long[] b = registry.pack(FlowKey.ipv4(5, 6, 7, 8, 6));
    registry.install(a, 0, 1, 0);

    assertThat(registry.remove(a, 0)).isTrue();
    assertThat(registry.remove(a, 0)).isFalse();
    registry.install(b, 0, 2, 0);

    assertThat(registry.find(a, 0)).isEqualTo(RobinHoodFlowTable.NOT_FOUND);
    assertThat(registry.stats().evictions()).isZero();
    registry.checkInvariants();
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 8);
  }

  /**
   * Replays a churning Zipf trace through a registry smaller than the flow population, against a
   * model that counts each flow's packets since its latest install. Whenever the registry holds a
   * flow, its record must equal the model's; the counters must add up.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void process_churningTraceWithEviction_recordsMatchAModel(long seed) {
    TraceConfig config =
        TraceConfig.defaults(3_000, 60_000)
            .withChurn(0.02)
            .withSeed(seed)
            .withIpv6Fraction(seed % 2 == 0 ? 0.3 : 0);
    FlowTrace trace = FlowTraceGenerator.generate(config);
    int capacity = 1_000;
    FlowRegistry registry =
        new FlowRegistry(
            RegistryConfig.of(trace.layout(), capacity), (k, o) -> (int) (k[o] & 0xFFFF));
    Map<Integer, long[]> model = new HashMap<>(); // flow -> {packets, bytes} since latest install
    long[] words = trace.keyWords();
    int stride = trace.stride();
    for (int p = 0; p < trace.packetCount(); p++) {
      int flow = trace.packetFlows()[p];
      int size = trace.packetSizes()[p];
      boolean wasInstalled = registry.find(words, flow * stride) >= 0;
      int route = registry.process(words, flow * stride, size, p);
      assertThat(route).isEqualTo((int) (words[flow * stride] & 0xFFFF));
      long[] counts = wasInstalled ? model.get(flow) : new long[2];
      counts[0]++;
      counts[1] += size;
      model.put(flow, counts);
      int record = registry.find(words, flow * stride);
      assertThat(registry.packets(record)).isEqualTo(counts[0]);
      assertThat(registry.bytes(record)).isEqualTo(counts[1]);
      assertThat(registry.lastSeenNanos(record)).isEqualTo(p);
      assertThat(registry.size()).isLessThanOrEqualTo(capacity);
    }
    RegistryStats stats = registry.stats();
    assertThat(stats.hits() + stats.misses()).isEqualTo(trace.packetCount());
    assertThat(stats.installs() - stats.evictions()).isEqualTo(registry.size());
    assertThat(stats.evictions()).isPositive();
    registry.checkInvariants();
  }

  @Test
  void process_zipfTrace_clockKeepsPopularFlowsBetterThanTheirShare() {
    // With capacity for 10% of the flows, a policy that keeps popular flows must hit far more
    // than 10% of packets; under Zipf 1.0 the top 10% of 10,000 flows carry 74% of packets.
    TraceConfig config = TraceConfig.defaults(10_000, 200_000).withChurn(0);
    FlowTrace trace = FlowTraceGenerator.generate(config);
    FlowRegistry registry = new FlowRegistry(RegistryConfig.of(trace.layout(), 1_000), (k, o) -> 0);
    for (int p = 0; p < trace.packetCount(); p++) {
      registry.process(trace.keyWords(), trace.packetFlows()[p] * trace.stride(), 64, p);
    }
    assertThat(registry.stats().hitRate()).isBetween(0.45, 0.74);
  }

  // Edge cases found by an outside tester (issue 10).

  @Test
  void install_refusedByTheTable_recordRolledBack_fullCapacityStillUsable() {
    FlowHasher hasher = FlowHasher.seeded(21);
    RegistryConfig config = RegistryConfig.of(FlowKeyLayout.IPV4, 1_000).withHasher(hasher);
    FlowRegistry registry = new FlowRegistry(config, MissHandler.NEVER_INSTALL);
    long[] crafted = CraftedKeys.sameHomeSlot(hasher, registry.tableCapacity(), 300);
    int installed = 0;
    for (int i = 0; i < 300; i++) {
      try {
        registry.install(crafted, 2 * i, 1, i);
        installed++;
      } catch (FlowTableOverflowException expected) {
        // counted below
      }
    }
    assertThat(installed).isEqualTo(RobinHoodFlowTable.MAX_PROBE_DISTANCE);
    assertThat(registry.stats().refusedInstalls()).isEqualTo(300 - installed);
    registry.checkInvariants(); // free records + flows == capacity: nothing leaked

    for (int i = 0; i < installed; i++) {
      assertThat(registry.remove(crafted, 2 * i)).isTrue();
    }
    long[] ordinary = new long[2];
    for (int i = 0; i < 1_000; i++) {
      ordinary[0] = 0x0B00_0000_0000_0000L | i;
      ordinary[1] = 80L << 32 | 6L << 24 | 4;
      registry.install(ordinary, 0, 2, i);
    }
    assertThat(registry.size()).isEqualTo(1_000);
    assertThat(registry.stats().evictions()).isZero();
    registry.checkInvariants();
  }

  @Test
  void process_keysTheTableRefuses_answeredNotCachedNotThrown() {
    FlowHasher hasher = FlowHasher.seeded(22);
    RegistryConfig config = RegistryConfig.of(FlowKeyLayout.IPV4, 1_000).withHasher(hasher);
    FlowRegistry registry = new FlowRegistry(config, (key, offset) -> 9);
    long[] crafted = CraftedKeys.sameHomeSlot(hasher, registry.tableCapacity(), 260);
    int capacity = registry.tableCapacity();

    for (int i = 0; i < 260; i++) {
      assertThat(registry.process(crafted, 2 * i, 100, i)).isEqualTo(9);
    }

    assertThat(registry.size()).isEqualTo(RobinHoodFlowTable.MAX_PROBE_DISTANCE);
    assertThat(registry.stats().refusedInstalls()).isEqualTo(10);
    assertThat(registry.tableCapacity()).isEqualTo(capacity);
    registry.checkInvariants();
  }

  @Test
  void process_reentrantMissHandlerInstallingTheSameFlow_leaksNoRecord() {
    // A handler that installs the missing flow itself (and its reverse direction) used to make
    // the registry install it a second time, leaking a record per miss: a capacity-4 registry
    // ended up holding one flow.
    FlowRegistry[] self = new FlowRegistry[1];
    MissHandler reentrant =
        (key, offset) -> {
          self[0].install(key, offset, 5, 0);
          long[] reverse = {key[offset] >>> 32 | key[offset] << 32, key[offset + 1]};
          self[0].install(reverse, 0, 6, 0);
          return 7;
        };
    self[0] = new FlowRegistry(RegistryConfig.of(FlowKeyLayout.IPV4, 4), reentrant);
    long[] key = new long[2];
    for (int i = 0; i < 100; i++) {
      key[0] = 0x0A00_0000_0A00_0000L + ((long) i << 32) + i;
      key[1] = 80L << 32 | 6L << 24 | 4;
      assertThat(self[0].process(key, 0, 64, i)).isEqualTo(7);
      self[0].checkInvariants();
      assertThat(self[0].routeId(self[0].find(key, 0))).isEqualTo(7);
    }
    assertThat(self[0].size()).isEqualTo(4);
  }

  @Test
  void process_negativePacketSize_rejectedWithTheValue_countersUnchanged() {
    FlowRegistry registry =
        new FlowRegistry(RegistryConfig.of(FlowKeyLayout.IPV4, 16), (k, o) -> 1);
    long[] key = registry.pack(FlowKey.parse("10.0.0.1:1000 -> 10.0.0.2:80 tcp"));
    registry.process(key, 0, 100, 1);

    assertThatThrownBy(() -> registry.process(key, 0, -5, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("packet size must be >= 0 bytes: -5");
    assertThat(registry.bytes(registry.find(key, 0))).isEqualTo(100);
    assertThat(registry.stats().hits()).isZero();
  }
}
