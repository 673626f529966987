package org.mfn.bench.ifr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;
import org.mfn.core.flow.FlowKey;
import org.mfn.core.flow.FlowKeyLayout;

class UnixSocketRoundTripBenchmarkPremiseTest {

  @Test
  void everyTransportAnswersTheInstalledRoute_andTheBarePingPongHasTheLookupsSizes()
      throws Exception {
    try (BenchmarkHarness<UnixSocketRoundTripBenchmark> h =
        BenchmarkHarness.of(UnixSocketRoundTripBenchmark.class, Map.of())) {
      assertThat(h.callEveryMethodOnce()).hasSize(5);
      UnixSocketRoundTripBenchmark b = h.bench();
      UnixSocketRoundTripBenchmark.Connections connections =
          h.newState(UnixSocketRoundTripBenchmark.Connections.class);
      QueryCursor unix = h.newState(QueryCursor.class);
      QueryCursor tcp = h.newState(QueryCursor.class);
      for (int q = 0; q < 200; q++) {
        int route = ExactMatchRoutes.routeOf(b.keys.presentQueries, FlowKeySet.queryOffset(q));
        assertThat(h.call("lookupUnix", connections, unix)).isEqualTo(route);
        assertThat(h.call("lookupTcp", connections, tcp)).isEqualTo(route);
      }
      QueryCursor batches = h.newState(QueryCursor.class);
      int[] routes = (int[]) h.call("batchLookupUnix", connections, batches);
      List<FlowKey> first = b.batches.get(0);
      assertThat(routes).hasSize(first.size());
      long[] words = new long[2];
      for (int i = 0; i < routes.length; i++) {
        FlowKeyLayout.IPV4.write(first.get(i), words, 0);
        assertThat(routes[i]).isEqualTo(ExactMatchRoutes.routeOf(words, 0));
      }
      assertThat(h.call("bareUnix", connections)).isEqualTo(4 + 6 + 4 + 3 * 8);
    }
  }
}
