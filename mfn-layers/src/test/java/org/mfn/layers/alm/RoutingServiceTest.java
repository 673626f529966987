package org.mfn.layers.alm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mfn.core.workload.EdgeList;
import org.mfn.core.workload.TopologyGenerator;

class RoutingServiceTest {

  @Test
  void decision_followsTheTablesShortestPath_andMaglevsBackend() {
    Graph g = Graph.of(TopologyGenerator.scaleFree(300, 2, 10, 3));
    TopologyAdapter topology = new TopologyAdapter(g, new int[] {0, 5, 9});
    MaglevHashing maglev = new MaglevHashing(20, 3);
    RoutingService service = new RoutingService(topology, maglev);
    Dijkstra reference = new Dijkstra();
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < 500; i++) {
      int ingress = new int[] {0, 5, 9}[random.nextInt(3)];
      int egress = random.nextInt(300);
      long flow = random.nextLong();
      RouteDecision d = service.decide(flow, ingress, egress);
      reference.run(g, ingress);
      assertThat(d.cost()).isEqualTo(reference.distance(egress));
      assertThat(TestGraphs.cost(g, d.path())).isEqualTo(d.cost());
      assertThat(d.path()[0]).isEqualTo(ingress);
      assertThat(d.nextHop()).isEqualTo(d.path().length > 1 ? d.path()[1] : ingress);
      assertThat(d.backend()).isEqualTo(maglev.select(flow));
    }
  }

  @Test
  void afterALinkGoesDown_decisionsUseTheNewGraph_unreachableGivesAnEmptyPath() {
    // 0 -> 1 -> 2 only
    Graph g = Graph.of(new EdgeList(3, new int[] {0, 1}, new int[] {1, 2}, new double[] {1, 1}));
    TopologyAdapter topology = new TopologyAdapter(g, new int[] {0});
    RoutingService service = new RoutingService(topology, new MaglevHashing(2, 1));
    assertThat(service.decide(1, 0, 2).path()).containsExactly(0, 1, 2);
    topology.apply(List.of(LinkChange.down(1, 2)), TopologyAdapter.Strategy.INCREMENTAL);
    RouteDecision cut = service.decide(1, 0, 2);
    assertThat(cut.path()).isEmpty();
    assertThat(cut.nextHop()).isEqualTo(Dijkstra.NONE);
    assertThat(cut.cost()).isInfinite();
    assertThatThrownBy(() -> service.decide(1, 2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("node 2 is not a source of this routing table");
  }
}
