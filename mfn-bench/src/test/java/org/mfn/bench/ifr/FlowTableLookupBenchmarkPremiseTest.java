package org.mfn.bench.ifr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;
import org.mfn.layers.ifr.RobinHoodFlowTable;

class FlowTableLookupBenchmarkPremiseTest {

  @Test
  void hitsHit_missesMiss_andAllThreeMapsAnswerAlike() throws Exception {
    try (BenchmarkHarness<FlowTableLookupBenchmark> h =
        BenchmarkHarness.of(FlowTableLookupBenchmark.class, Map.of())) {
      assertThat(h.callEveryMethodOnce()).hasSize(7);
      FlowTableLookupBenchmark b = h.bench();
      QueryCursor[] c = new QueryCursor[7];
      for (int i = 0; i < c.length; i++) {
        c[i] = h.newState(QueryCursor.class);
      }
      for (int q = 0; q < 5_000; q++) {
        int flow = b.keys.queries[q]; // flow i was stored with value i
        int offset = FlowKeySet.queryOffset(q);
        assertThat(h.call("robinHoodHit", c[0])).isEqualTo(flow);
        assertThat(h.call("hashMapHit", c[1])).isEqualTo(flow);
        assertThat(h.call("fastutilHit", c[2])).isEqualTo(flow);
        assertThat(h.call("robinHoodMiss", c[3])).isEqualTo(RobinHoodFlowTable.NOT_FOUND);
        assertThat(h.call("hashMapMiss", c[4])).isNull();
        assertThat(h.call("fastutilMiss", c[5])).isEqualTo(-1);
        assertThat(h.call("baseline", c[6]))
            .isEqualTo(b.keys.presentQueries[offset] ^ b.keys.presentQueries[offset + 1]);
      }
    }
  }
}
