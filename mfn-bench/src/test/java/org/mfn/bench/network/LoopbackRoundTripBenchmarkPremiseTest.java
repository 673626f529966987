package org.mfn.bench.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class LoopbackRoundTripBenchmarkPremiseTest {

  @Test
  void eachCallIsOneFullRoundTrip_overBothTransports() throws Exception {
    try (BenchmarkHarness<LoopbackRoundTripBenchmark> h =
        BenchmarkHarness.of(LoopbackRoundTripBenchmark.class, Map.of("messageBytes", "64"))) {
      for (int i = 0; i < 100; i++) {
        assertThat((int) h.call("tcp")).isEqualTo(64);
        assertThat((int) h.call("unixDomain")).isEqualTo(64);
      }
    }
  }
}
