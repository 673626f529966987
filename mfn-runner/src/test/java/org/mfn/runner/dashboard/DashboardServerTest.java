package org.mfn.runner.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.run.ResultsJson;
import org.mfn.runner.history.HistoryStore;

class DashboardServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private DashboardServer server;
  private HistoryStore history;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    history = HistoryStore.inDirectory(dir);
    history.append(ResultsJson.read(Path.of("src/test/resources/compare/smoke-a.json")), "a");
    history.append(ResultsJson.read(Path.of("src/test/resources/compare/smoke-b.json")), "b");
    server = DashboardServer.start(history, "127.0.0.1", 0, List.of("FlowHash.*keyed>1000"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri("/api/events"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void pageAssetsAndApi_areServedFromTheJarAndTheHistory() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("MFN Bench dashboard", "/assets/uPlot.iife.min.js");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
    assertThat(get("/assets/uPlot.iife.min.js").body()).contains("uPlot");
    assertThat(get("/assets/dashboard.js").statusCode()).isEqualTo(200);

    JsonNode runs = JSON.readTree(get("/api/runs").body());
    assertThat(runs).hasSize(2);
    long id = runs.get(0).path("id").asLong();
    JsonNode run = JSON.readTree(get("/api/runs/" + id).body());
    assertThat(run.path("verdicts").size()).isPositive();
    JsonNode benchmarks = JSON.readTree(get("/api/benchmarks").body());
    JsonNode first = benchmarks.get(0);
    String query =
        "/api/series?benchmark="
            + java.net.URLEncoder.encode(first.path("benchmark").asText(), StandardCharsets.UTF_8)
            + "&params="
            + java.net.URLEncoder.encode(first.path("params").asText(), StandardCharsets.UTF_8);
    assertThat(JSON.readTree(get(query).body())).hasSize(first.path("runs").asInt());
    assertThat(get("/api/runs/12345").statusCode()).isEqualTo(404);
    assertThat(get("/api/runs/x").statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(get("/api/machine").body()).path("memoryTotalBytes").asLong())
        .isPositive();
    String metrics = get("/metrics").body();
    assertThat(metrics)
        .contains("mfn_dashboard_live_pages", "mfn_history_runs 2.0", "mfn_history_latest_mean{");
  }

  @Test
  void analysis_marksTheChangePointOfAStepWithItsCommit_andRefusesBadNumbers() throws Exception {
    org.mfn.runner.history.HistoryFixtures.appendStep(history, dir);
    String params =
        java.net.URLEncoder.encode(
            "{\"flowCount\":\"1000000\",\"fpp\":\"0.01\"}",
            java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> r =
        get(
            "/api/analysis?benchmark=org.mfn.bench.ifr.BloomFilterLookupBenchmark.blockedNegative"
                + "&params="
                + params);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode a = JSON.readTree(r.body());
    assertThat(a.get("runs").asInt()).isEqualTo(26);
    JsonNode changes = a.get("changePoints");
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).get("firstChangedCommit").asText()).isEqualTo("k13");
    assertThat(changes.get(0).get("lastGoodCommit").asText()).isEqualTo("k12");
    assertThat(a.get("trend").get("runs").asInt()).isEqualTo(20);
    assertThat(get("/api/analysis?benchmark=x&threshold=abc").statusCode()).isEqualTo(400);
    assertThat(get("/api/analysis").statusCode()).isEqualTo(400);
  }

  @Test
  void liveAlerts_goToTheSinkOncePerRuleAndBenchmarkPerRun() throws Exception {
    server.close();
    List<String> sent = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    org.mfn.runner.alert.AlertChannel recorder =
        new org.mfn.runner.alert.AlertChannel() {
          @Override
          public String name() {
            return "recorder";
          }

          @Override
          public void send(org.mfn.runner.alert.AlertMessage m) {
            m.alerts().forEach(a -> sent.add(a.key() + " @" + m.run().directory()));
          }
        };
    org.mfn.runner.alert.LiveNotifications live =
        new org.mfn.runner.alert.LiveNotifications(
            new org.mfn.runner.alert.Notifier(
                List.of(recorder),
                new java.io.PrintWriter(new java.io.StringWriter()),
                java.time.Clock.systemUTC()));
    server = DashboardServer.start(history, "127.0.0.1", 0, List.of("FlowHash.*keyed>1000"), live);
    String iteration =
        "{\"type\":\"iteration\",\"label\":\"org.mfn.bench.ifr.FlowHashBenchmark.keyed\","
            + "\"score\":2000,\"unit\":\"ns/op\",\"warmup\":false}";
    assertThat(post("{\"type\":\"run-started\",\"run\":\"r1\",\"profile\":\"smoke\"}").statusCode())
        .isEqualTo(202);
    post(iteration);
    post(iteration);
    post("{\"type\":\"run-started\",\"run\":\"r2\",\"profile\":\"smoke\"}");
    post(iteration);
    live.close();
    assertThat(sent)
        .containsExactly(
            "live-threshold:FlowHash.*keyed>1000:org.mfn.bench.ifr.FlowHashBenchmark.keyed @r1",
            "live-threshold:FlowHash.*keyed>1000:org.mfn.bench.ifr.FlowHashBenchmark.keyed @r2");
  }

  @Test
  void pathsOutsideTheAssetList_areRefused_traversalIncluded() throws Exception {
    for (String path :
        List.of(
            "/assets/missing.js",
            "/assets/..%2f..%2fpom.xml",
            "/assets/%2e%2e/%2e%2e/pom.xml",
            "/..%2f..%2fetc%2fpasswd",
            "/mfn-dashboard/index.html")) {
      assertThat(get(path).statusCode()).as(path).isIn(400, 404);
    }
    // A raw request line with ../ (clients normalise it away; send it as written)
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(
          "GET /assets/../../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(answer).startsWith("HTTP/1.1 4").doesNotContain("root:");
    }
  }

  @Test
  void badEvents_areRefusedWithAReason() throws Exception {
    assertThat(post("not json").statusCode()).isEqualTo(400);
    assertThat(post("{\"type\":\"shutdown\"}").body()).contains("type of");
    assertThat(post("[1,2]").statusCode()).isEqualTo(400);
    assertThat(
            post("{\"type\":\"iteration\",\"pad\":\"" + "x".repeat(300_000) + "\"}").statusCode())
        .isEqualTo(413);
  }

  @Test
  void webSocket_pageConnectingMidRun_getsTheRunSoFar_thenNewEvents_andAlerts() throws Exception {
    post("{\"type\":\"run-started\",\"run\":\"r1\",\"total\":2}");
    post("{\"type\":\"benchmark-started\",\"index\":1,\"total\":2,\"label\":\"x.FlowHash.keyed\"}");
    Page page = Page.open(server.port());
    assertThat(page.next()).contains("run-started");
    assertThat(page.next()).contains("benchmark-started");
    post(
        "{\"type\":\"iteration\",\"label\":\"x.FlowHash.keyed\",\"warmup\":false,\"iteration\":1,\"score\":5000,\"unit\":\"ns/op\"}");
    assertThat(page.next()).contains("\"iteration\"");
    assertThat(page.next()).contains("\"alert\"", "above the alert threshold");
    assertThat(server.livePages()).isEqualTo(1);

    Page late = Page.open(server.port());
    assertThat(late.next()).contains("run-started");
    page.close();
    waitUntil(() -> server.livePages() == 1);
    post("{\"type\":\"run-finished\",\"verdicts\":[]}");
    // the page that left does not stop the others from getting events
    assertThat(late.drainUntil("run-finished")).isTrue();
    late.close();
    waitUntil(() -> server.livePages() == 0);
  }

  @Test
  void server_boundToLoopback_isNotReachableOnTheMachinesOtherAddresses() throws Exception {
    assertThat(DashboardServer.isLoopback("127.0.0.1")).isTrue();
    assertThat(DashboardServer.isLoopback("0.0.0.0")).isFalse();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress a : Collections.list(nic.getInetAddresses())) {
        if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
          try (Socket s = new Socket()) {
            assertThatThrownBy(() -> s.connect(new InetSocketAddress(a, server.port()), 1000))
                .as("reachable on " + a)
                .isInstanceOf(java.io.IOException.class);
          }
        }
      }
    }
  }

  @Test
  void badAlert_isRefusedNamingIt() {
    assertThatThrownBy(() -> DashboardServer.checkAlerts(List.of("Dijkstra=5")))
        .hasMessageContaining("Dijkstra=5");
    assertThatThrownBy(() -> DashboardServer.checkAlerts(List.of("(>5")))
        .hasMessageContaining("bad regular expression");
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met in 10 s");
      }
      Thread.sleep(20);
    }
  }

  /** A live-view page: a WebSocket client that queues what it receives. */
  private static final class Page implements WebSocket.Listener {
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    static Page open(int port) throws Exception {
      Page page = new Page();
      page.socket =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/live"), page)
              .get(10, TimeUnit.SECONDS);
      return page;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        messages.add(partial.toString());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    String next() throws InterruptedException {
      String m = messages.poll(10, TimeUnit.SECONDS);
      if (m == null) {
        throw new AssertionError("no message in 10 s");
      }
      return m;
    }

    boolean drainUntil(String type) throws InterruptedException {
      while (true) {
        String m = messages.poll(10, TimeUnit.SECONDS);
        if (m == null) {
          return false;
        }
        if (m.contains("\"" + type + "\"")) {
          return true;
        }
      }
    }

    void close() throws Exception {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
    }
  }
}
