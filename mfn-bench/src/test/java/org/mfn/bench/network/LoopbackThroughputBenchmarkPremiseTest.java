package org.mfn.bench.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class LoopbackThroughputBenchmarkPremiseTest {

  @Test
  void eachCallWritesOneWholeMessage_andCountsItsBits() throws Exception {
    try (BenchmarkHarness<LoopbackThroughputBenchmark> h =
        BenchmarkHarness.of(LoopbackThroughputBenchmark.class, Map.of("messageBytes", "131072"))) {
      LoopbackThroughputBenchmark.Bits bits = h.newState(LoopbackThroughputBenchmark.Bits.class);
      assertThat((int) h.call("tcp", bits)).isEqualTo(131_072);
      assertThat((int) h.call("unixDomain", bits)).isEqualTo(131_072);
      assertThat(bits.transferredBits).isEqualTo(2L * 131_072 * 8);
    }
  }
}
