package org.mfn.bench.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class AbFixtureBenchmarkPremiseTest {

  @Test
  void work_isTheBaseTokensPlusTheBuildsExtraPercent() throws Exception {
    try (BenchmarkHarness<AbFixtureBenchmark> h =
        BenchmarkHarness.of(AbFixtureBenchmark.class, Map.of())) {
      int extra = AbFixtureBenchmark.extraPercent();
      assertThat(extra).as("this build's").isBetween(0, 100);
      long expected = AbFixtureBenchmark.BASE_TOKENS * (100 + extra) / 100;
      assertThat(h.call("work")).isEqualTo(expected);
    }
  }
}
