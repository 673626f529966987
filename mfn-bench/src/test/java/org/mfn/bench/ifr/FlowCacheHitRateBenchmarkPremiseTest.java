package org.mfn.bench.ifr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class FlowCacheHitRateBenchmarkPremiseTest {
  private static final long COUNTED =
      FlowCacheHitRateBenchmark.PACKETS - FlowCacheHitRateBenchmark.WARM_PACKETS;

  @Test
  void bothPoliciesCountEveryPacketAfterWarmUp_andEvictionBites() throws Exception {
    try (BenchmarkHarness<FlowCacheHitRateBenchmark> h =
        BenchmarkHarness.of(FlowCacheHitRateBenchmark.class, Map.of("capacityPercent", "10"))) {
      FlowCacheHitRateBenchmark.HitCounters ours =
          h.newState(FlowCacheHitRateBenchmark.HitCounters.class);
      FlowCacheHitRateBenchmark.HitCounters lru =
          h.newState(FlowCacheHitRateBenchmark.HitCounters.class);
      h.call("registry", ours);
      h.call("lruReference", lru);

      assertThat(ours.hits + ours.misses).isEqualTo(COUNTED);
      assertThat(lru.hits + lru.misses).isEqualTo(COUNTED);
      // A cache of 10% of the flows under Zipf 1.0: most packets hit, many do not.
      assertThat(ours.hits).isGreaterThan(COUNTED / 2);
      assertThat(ours.misses).isGreaterThan(COUNTED / 100);
      assertThat(lru.misses).isGreaterThan(COUNTED / 100);
    }
  }

  @Test
  void twoForks_replayDifferentTraces() throws Exception {
    try (BenchmarkHarness<FlowCacheHitRateBenchmark> fork1 =
            BenchmarkHarness.of(FlowCacheHitRateBenchmark.class, Map.of());
        BenchmarkHarness<FlowCacheHitRateBenchmark> fork2 =
            BenchmarkHarness.of(FlowCacheHitRateBenchmark.class, Map.of())) {
      assertThat(h(fork1)).isNotEqualTo(h(fork2));
    }
  }

  private static int h(BenchmarkHarness<FlowCacheHitRateBenchmark> harness) {
    return Arrays.hashCode(harness.bench().trace.packetFlows());
  }
}
