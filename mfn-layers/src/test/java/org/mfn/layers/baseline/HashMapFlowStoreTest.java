package org.mfn.layers.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.mfn.core.flow.FlowKey;
import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.layers.ifr.FlowRegistry;
import org.mfn.layers.ifr.RegistryConfig;

class HashMapFlowStoreTest {

  @Test
  void process_missThenHit_countsOnePacketAndItsBytes() {
    HashMapFlowStore store = new HashMapFlowStore(10, k -> 3);
    FiveTupleKey key = FiveTupleKey.of(FlowKey.parse("10.0.0.1:1 -> 10.0.0.2:2 tcp"));

    assertThat(store.process(key, 100, 1)).isEqualTo(3);
    assertThat(store.process(key, 50, 2)).isEqualTo(3);

    HashMapFlowStore.FlowRecord record = store.find(key);
    assertThat(record.packets()).isEqualTo(2);
    assertThat(record.bytes()).isEqualTo(150);
    assertThat(record.lastSeenNanos()).isEqualTo(2);
    assertThat(store.hits()).isEqualTo(1);
    assertThat(store.misses()).isEqualTo(1);
  }

  /**
   * The baseline and the registry it is measured against, fed the same seeded packets (a flow
   * population larger than either holds is not used: neither evicts here), give the same route for
   * every packet and the same hit and miss counts and per-flow packets, bytes and last-seen times.
   */
  @Test
  void process_seededPackets_sameAnswersAndCountsAsTheRegistry() {
    SplittableRandom random = new SplittableRandom(41);
    int flows = 2_000;
    long[][] keys = new long[flows][];
    FlowKey[] flowKeys = new FlowKey[flows];
    for (int i = 0; i < flows; i++) {
      flowKeys[i] =
          FlowKey.parse(
              "10.0."
                  + (i >> 8)
                  + "."
                  + (i & 255)
                  + ":"
                  + (1024 + random.nextInt(60_000))
                  + " -> 192.168.1.1:443 tcp");
    }
    ToIntFunction<FiveTupleKey> routeOfKey = k -> Math.floorMod(k.hashCode(), 97) + 1;
    FlowRegistry registry =
        new FlowRegistry(
            RegistryConfig.of(FlowKeyLayout.IPV4, flows),
            (k, o) -> routeOfKey.applyAsInt(FiveTupleKey.of(k, o, FlowKeyLayout.IPV4)));
    HashMapFlowStore store = new HashMapFlowStore(flows, routeOfKey);
    for (int i = 0; i < flows; i++) {
      keys[i] = registry.pack(flowKeys[i]);
    }
    for (int p = 0; p < 50_000; p++) {
      int f = random.nextInt(flows);
      int bytes = 64 + random.nextInt(1_400);
      assertThat(registry.process(keys[f], 0, bytes, p))
          .as("packet %d of flow %d", p, f)
          .isEqualTo(store.process(FiveTupleKey.of(flowKeys[f]), bytes, p));
    }
    assertThat(registry.hits()).isEqualTo(store.hits());
    assertThat(registry.misses()).isEqualTo(store.misses());
    assertThat(store.size()).isEqualTo(registry.size());
    for (int i = 0; i < flows; i++) {
      HashMapFlowStore.FlowRecord expected = store.find(FiveTupleKey.of(flowKeys[i]));
      int record = registry.find(keys[i], 0);
      if (expected == null) {
        assertThat(record).isNegative();
        continue;
      }
      assertThat(registry.packets(record)).isEqualTo(expected.packets());
      assertThat(registry.bytes(record)).isEqualTo(expected.bytes());
      assertThat(registry.lastSeenNanos(record)).isEqualTo(expected.lastSeenNanos());
      assertThat(registry.routeId(record)).isEqualTo(expected.routeId());
    }
  }

  @Test
  void of_packedWordsAndFlowKey_giveEqualKeys() {
    FlowKey v4 = FlowKey.parse("10.0.0.1:1 -> 10.0.0.2:2 tcp");
    FlowKey v6 = FlowKey.parse("[2001:db8::1]:1 -> [2001:db8::2]:2 udp");
    long[] words = new long[5];
    FlowKeyLayout.DUAL_STACK.write(v4, words, 0);
    assertThat(FiveTupleKey.of(words, 0, FlowKeyLayout.DUAL_STACK)).isEqualTo(FiveTupleKey.of(v4));
    FlowKeyLayout.DUAL_STACK.write(v6, words, 0);
    assertThat(FiveTupleKey.of(words, 0, FlowKeyLayout.DUAL_STACK)).isEqualTo(FiveTupleKey.of(v6));
    assertThat(FiveTupleKey.of(v4)).isNotEqualTo(FiveTupleKey.of(v6));
  }

  @Test
  void of_ipv4PackedWords_equalsTheConversionOfTheSameFlowKey_onRandomKeys() {
    SplittableRandom random = new SplittableRandom(17);
    long[] words = new long[2];
    for (int i = 0; i < 10_000; i++) {
      FlowKey key =
          FlowKey.ipv4(
              random.nextInt(),
              random.nextInt(),
              random.nextInt(65536),
              random.nextInt(65536),
              random.nextInt(256));
      FlowKeyLayout.IPV4.write(key, words, 0);
      assertThat(FiveTupleKey.of(words, 0, FlowKeyLayout.IPV4)).isEqualTo(FiveTupleKey.of(key));
    }
  }

  @Test
  void process_declinedMiss_leavesTheFlowOut() {
    HashMapFlowStore store = new HashMapFlowStore(10, k -> -1);
    FiveTupleKey key = FiveTupleKey.of(FlowKey.parse("10.0.0.1:1 -> 10.0.0.2:2 tcp"));
    assertThat(store.process(key, 100, 1)).isEqualTo(HashMapFlowStore.NO_ROUTE);
    assertThat(store.size()).isZero();
  }
}
