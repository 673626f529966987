package org.mfn.layers.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.mfn.layers.alm.Dijkstra;
import org.mfn.layers.alm.RouteDecision;

/**
 * Asks an {@link HttpRouteServer} for route decisions with the JDK's {@link HttpClient} over
 * HTTP/1.1 keep-alive connections (one client reuses its connections), the way a service calls
 * another. Thread-safe.
 */
public final class HttpRouteClient implements AutoCloseable {
  private final HttpClient client;
  private final URI uri;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * Creates a client.
   *
   * @param uri the server's endpoint ({@link HttpRouteServer#uri()})
   */
  public HttpRouteClient(URI uri) {
    this.uri = uri;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /**
   * Asks for a decision.
   *
   * @param flowHash the flow's hash
   * @param ingress the ingress node
   * @param egress the egress node
   * @return the server's decision
   * @throws IOException if the exchange fails or the server answers with an error (its message
   *     included)
   * @throws InterruptedException if interrupted while waiting
   */
  public RouteDecision decide(long flowHash, int ingress, int egress)
      throws IOException, InterruptedException {
    String body =
        "{\"flow\":" + flowHash + ",\"ingress\":" + ingress + ",\"egress\":" + egress + "}";
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    JsonNode answer = json.readTree(response.body());
    if (response.statusCode() != 200) {
      throw new IOException(
          "route server answered " + response.statusCode() + ": " + answer.path("error").asText());
    }
    JsonNode pathNode = answer.path("path");
    int[] path = new int[pathNode.size()];
    for (int i = 0; i < path.length; i++) {
      path[i] = pathNode.get(i).asInt();
    }
    JsonNode cost = answer.path("cost");
    return new RouteDecision(
        path,
        answer.path("nextHop").asInt(Dijkstra.NONE),
        answer.path("backend").asInt(),
        cost.isNumber() ? cost.asDouble() : Double.POSITIVE_INFINITY);
  }

  /** Releases the client's connections (JDK 21+ closes them; on 17 they idle out). */
  @Override
  public void close() {
    if (client instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // best effort: the connections idle out
      }
    }
  }
}
