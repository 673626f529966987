package org.mfn.layers.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.mfn.layers.alm.RouteDecision;
import org.mfn.layers.alm.RoutingService;

/**
 * The "traditional HTTP" route lookup: a {@link RoutingService} decision served by the JDK's {@link
 * HttpServer} on the loopback interface, as a separate routing service would be.
 *
 * <p>Protocol: {@code POST /route} with a JSON body {@code {"flow": <long>, "ingress": <int>,
 * "egress": <int>}}; the answer is {@code 200} with {@code {"path": [..], "nextHop": n, "backend":
 * b, "cost": c}} ({@code cost} null when unreachable), {@code 400} with {@code {"error": "..."}}
 * for a malformed request or bad node, {@code 405} for another method, {@code 404} for another
 * path. Bound to 127.0.0.1 on an ephemeral port; {@link #close()} stops it and its threads.
 */
public final class HttpRouteServer implements AutoCloseable {
  /** The endpoint. */
  public static final String PATH = "/route";

  private static final int MAX_BODY_BYTES = 4_096;

  private final HttpServer server;
  private final ExecutorService executor;
  private final RoutingService routing;
  private final ObjectMapper json = new ObjectMapper();

  static {
    // The JDK server writes a response's headers and body separately; with Nagle's algorithm on,
    // the body then waits for the client's delayed ACK (about 40 ms a request on Linux). A service
    // deployed for latency turns Nagle off, so the baseline does too (read once, when the JDK's
    // server configuration first loads: before the first server in this JVM).
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private HttpRouteServer(RoutingService routing, int threads) throws IOException {
    this.routing = routing;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    this.executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "http-route-server");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext(PATH, this::handle);
    server.start();
  }

  /**
   * Starts a server.
   *
   * @param routing the decisions it serves
   * @param threads request threads, at least 1
   * @return the running server
   * @throws IOException if it cannot bind
   */
  public static HttpRouteServer start(RoutingService routing, int threads) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("an HTTP server needs at least 1 thread: " + threads);
    }
    return new HttpRouteServer(routing, threads);
  }

  /** Returns the endpoint's URI, e.g. {@code http://127.0.0.1:40123/route}. */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    return URI.create(
        "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + PATH);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!PATH.equals(exchange.getRequestURI().getPath())) {
        reply(exchange, 404, error("no such endpoint: " + exchange.getRequestURI().getPath()));
        return;
      }
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().add("Allow", "POST");
        reply(exchange, 405, error("use POST: " + exchange.getRequestMethod()));
        return;
      }
      JsonNode request;
      try (InputStream in = exchange.getRequestBody()) {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
          reply(exchange, 413, error("request body over " + MAX_BODY_BYTES + " bytes"));
          return;
        }
        request = json.readTree(body);
      } catch (JsonProcessingException e) {
        reply(exchange, 400, error("malformed JSON: " + e.getOriginalMessage()));
        return;
      }
      if (request == null
          || !request.path("flow").canConvertToLong()
          || !request.path("ingress").canConvertToInt()
          || !request.path("egress").canConvertToInt()) {
        reply(exchange, 400, error("expected {\"flow\": long, \"ingress\": int, \"egress\": int}"));
        return;
      }
      RouteDecision d;
      try {
        d =
            routing.decide(
                request.get("flow").asLong(),
                request.get("ingress").asInt(),
                request.get("egress").asInt());
      } catch (IllegalArgumentException e) {
        reply(exchange, 400, error(e.getMessage()));
        return;
      }
      ObjectNode answer = json.createObjectNode();
      var path = answer.putArray("path");
      for (int node : d.path()) {
        path.add(node);
      }
      answer.put("nextHop", d.nextHop());
      answer.put("backend", d.backend());
      if (Double.isInfinite(d.cost())) {
        answer.putNull("cost");
      } else {
        answer.put("cost", d.cost());
      }
      reply(exchange, 200, answer);
    }
  }

  private ObjectNode error(String message) {
    return json.createObjectNode().put("error", message);
  }

  private void reply(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Stops the server at once and its threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
