package org.mfn.bench.alm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mfn.bench.BenchmarkHarness;

class ServerSelectionBenchmarkPremiseTest {

  @ParameterizedTest(name = "{0}, {1} backends")
  @CsvSource({"maglev,10", "p2c,10", "weighted-rr,1000", "least-loaded,1000"})
  void everyMethodChoosesABackendOfThePool_andTheHarnessReadsTheSameHash(
      String balancer, int backends) throws Exception {
    try (BenchmarkHarness<ServerSelectionBenchmark> h =
        BenchmarkHarness.of(
            ServerSelectionBenchmark.class,
            Map.of("balancer", balancer, "backends", Integer.toString(backends)))) {
      assertThat(h.callEveryMethodOnce()).hasSize(3);
      ServerSelectionBenchmark b = h.bench();
      ServerSelectionBenchmark.Balancer state = h.newState(ServerSelectionBenchmark.Balancer.class);
      assertThat(state.lb.name()).isEqualTo(balancer);
      int[] seen = new int[backends];
      for (int q = 0; q < 5_000; q++) {
        b.next = q;
        assertThat((long) h.call("baseline")).isEqualTo(b.hashes[q & 4095]);
        b.next = q;
        int ours = (int) h.call("select", state);
        b.next = q;
        int peer = (int) h.call("guavaConsistentHash");
        assertThat(ours).isBetween(0, backends - 1);
        assertThat(peer).isBetween(0, backends - 1);
        seen[ours]++;
      }
      // 5,000 selections reach every backend of a 10-backend pool; of 1,000, most.
      long used = java.util.Arrays.stream(seen).filter(c -> c > 0).count();
      assertThat(used).isGreaterThanOrEqualTo(Math.min(backends, 990));
    }
  }
}
