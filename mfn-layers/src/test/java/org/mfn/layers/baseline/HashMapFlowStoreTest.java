package org.mfn.layers.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mfn.core.flow.FlowKey;
import org.mfn.core.flow.FlowKeyLayout;

class HashMapFlowStoreTest {

  @Test
  void process_missThenHit_countsLikeTheRegistry() {
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
