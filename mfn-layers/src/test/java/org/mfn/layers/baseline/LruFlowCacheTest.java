package org.mfn.layers.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mfn.core.flow.FlowKey;

class LruFlowCacheTest {
  private static FiveTupleKey key(int i) {
    return FiveTupleKey.of(FlowKey.ipv4(i, i, 1, 2, 6));
  }

  @Test
  void access_full_evictsTheLeastRecentlyUsed() {
    LruFlowCache lru = new LruFlowCache(2);
    assertThat(lru.access(key(1), 0)).isFalse();
    assertThat(lru.access(key(2), 0)).isFalse();
    assertThat(lru.access(key(1), 0)).isTrue(); // 2 is now the eldest
    assertThat(lru.access(key(3), 0)).isFalse(); // evicts 2
    assertThat(lru.size()).isEqualTo(2);
    assertThat(lru.access(key(1), 0)).isTrue();
    assertThat(lru.access(key(2), 0)).isFalse();
  }
}
