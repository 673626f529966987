package org.mfn.layers.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mfn.core.workload.TopologyGenerator;
import org.mfn.layers.alm.Graph;
import org.mfn.layers.alm.MaglevHashing;
import org.mfn.layers.alm.RouteDecision;
import org.mfn.layers.alm.RoutingService;
import org.mfn.layers.alm.TopologyAdapter;

class HttpRouteServerTest {
  private static RoutingService routing() {
    Graph g = Graph.of(TopologyGenerator.random(200, 4, 10, 1));
    return new RoutingService(
        new TopologyAdapter(g, new int[] {0, 1, 2, 3}), new MaglevHashing(16, 1));
  }

  @Test
  void decisionsOverHttp_equalTheInProcessOnes() throws Exception {
    RoutingService routing = routing();
    SplittableRandom random = new SplittableRandom(4);
    try (HttpRouteServer server = HttpRouteServer.start(routing, 2);
        HttpRouteClient client = new HttpRouteClient(server.uri())) {
      assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
      for (int i = 0; i < 300; i++) {
        long flow = random.nextLong();
        int ingress = random.nextInt(4);
        int egress = random.nextInt(200);
        RouteDecision local = routing.decide(flow, ingress, egress);
        assertThat(client.decide(flow, ingress, egress)).isEqualTo(local);
      }
    }
  }

  @Test
  void badRequests_getAClearError_andTheServerStops() throws Exception {
    URI uri;
    try (HttpRouteServer server = HttpRouteServer.start(routing(), 1);
        HttpRouteClient client = new HttpRouteClient(server.uri())) {
      uri = server.uri();
      assertThatThrownBy(() -> client.decide(1, 7, 3))
          .hasMessage("route server answered 400: node 7 is not a source of this routing table");
      HttpClient raw = HttpClient.newHttpClient();
      HttpResponse<String> malformed =
          raw.send(
              HttpRequest.newBuilder(uri)
                  .POST(HttpRequest.BodyPublishers.ofString("{flow"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(malformed.statusCode()).isEqualTo(400);
      assertThat(malformed.body()).contains("malformed JSON");
      HttpResponse<String> get =
          raw.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(get.statusCode()).isEqualTo(405);
    }
    HttpClient after = HttpClient.newHttpClient();
    URI stopped = uri;
    assertThatThrownBy(
            () ->
                after.send(
                    HttpRequest.newBuilder(stopped)
                        .timeout(java.time.Duration.ofSeconds(2))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(java.io.IOException.class);
  }
}
