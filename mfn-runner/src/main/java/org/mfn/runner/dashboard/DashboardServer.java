package org.mfn.runner.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mfn.runner.history.HistoryException;
import org.mfn.runner.history.HistoryRunDetail;
import org.mfn.runner.history.HistoryStore;
import org.mfn.runner.history.SeriesAnalyzer;

/**
 * The dashboard: a Javalin server that serves the page (from the jar), a JSON API over the history
 * store, the machine's CPU and memory, {@code /metrics} in the Prometheus text format, and a
 * WebSocket ({@code /ws/live}) that pushes a run's events as they arrive from the run ({@code POST
 * /api/events}, sent by {@code --dashboard URL}).
 *
 * <p>Routes: {@code GET /} (page), {@code /assets/{name}} (fixed list, {@link StaticAssets}),
 * {@code /api/runs}, {@code /api/runs/{id}}, {@code /api/benchmarks}, {@code /api/analysis} (change
 * points and trend of one series), {@code /api/series?benchmark=&params=}, {@code /api/machine},
 * {@code /api/alerts}, {@code /metrics}; {@code POST /api/events}. Every response is JSON or a
 * fixed asset; history text reaches the page as JSON data and is escaped there. Events are limited
 * to {@value #MAX_EVENT_BYTES} bytes and the known types.
 */
public final class DashboardServer implements AutoCloseable {
  /** The largest event body accepted, bytes. */
  public static final int MAX_EVENT_BYTES = 256 * 1024;

  /** The event types a run sends. */
  public static final Set<String> EVENT_TYPES =
      Set.of("run-started", "benchmark-started", "iteration", "benchmark-finished", "run-finished");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HistoryStore history;
  private final List<AlertRule> alerts;
  private final LiveHub hub = new LiveHub();
  private final StaticAssets assets = new StaticAssets();
  private final MachineStats machine = new MachineStats();
  private final DashboardMetrics metrics;
  private final Javalin app;

  private LiveAlertSink sink;

  private DashboardServer(HistoryStore history, List<AlertRule> alerts) {
    this.history = history;
    this.alerts = List.copyOf(alerts);
    this.metrics = new DashboardMetrics(history, hub);
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.routes.get("/", ctx -> asset(ctx, "index.html"));
              config.routes.get("/assets/{name}", ctx -> asset(ctx, ctx.pathParam("name")));
              config.routes.get("/api/runs", ctx -> json(ctx, history.runs(limit(ctx))));
              config.routes.get("/api/runs/{id}", this::run);
              config.routes.get("/api/benchmarks", ctx -> json(ctx, history.benchmarks()));
              config.routes.get("/api/series", this::series);
              config.routes.get("/api/analysis", this::analysis);
              config.routes.get("/api/machine", ctx -> json(ctx, machine.read()));
              config.routes.get(
                  "/api/alerts",
                  ctx -> json(ctx, this.alerts.stream().map(AlertRule::text).toList()));
              config.routes.get("/metrics", this::prometheus);
              config.routes.post("/api/events", this::event);
              config.routes.ws(
                  "/ws/live",
                  ws -> {
                    ws.onConnect(
                        c -> {
                          c.session.setIdleTimeout(java.time.Duration.ofHours(1));
                          hub.connect(c.sessionId(), c::send);
                        });
                    ws.onClose(c -> hub.disconnect(c.sessionId()));
                    ws.onError(c -> hub.disconnect(c.sessionId()));
                  });
              config.routes.exception(
                  HistoryException.class,
                  (e, ctx) ->
                      ctx.status(503)
                          .contentType("application/json")
                          .result(error(e.getMessage())));
              config.routes.exception(
                  IllegalArgumentException.class,
                  (e, ctx) ->
                      ctx.status(400)
                          .contentType("application/json")
                          .result(error(e.getMessage())));
            });
  }

  /**
   * Starts a dashboard.
   *
   * @param history the history it shows
   * @param host the address to bind, e.g. {@code 127.0.0.1}
   * @param port the port, 0 for any free one
   * @param alerts the live thresholds, {@code REGEX>VALUE} or {@code REGEX<VALUE}
   * @return the running server
   * @throws IllegalArgumentException naming a malformed alert
   */
  public static DashboardServer start(
      HistoryStore history, String host, int port, List<String> alerts) {
    DashboardServer server = new DashboardServer(history, AlertRule.parseAll(alerts));
    server.app.start(host, port);
    return server;
  }

  /**
   * Starts a dashboard whose live alerts also go to a sink.
   *
   * @param history the history it shows
   * @param host the address to bind
   * @param port the port, 0 for any free one
   * @param alerts the live thresholds, {@code REGEX>VALUE} or {@code REGEX<VALUE}
   * @param sink where each alert also goes (e.g. the channels of an alerts file)
   * @return the running server
   * @throws IllegalArgumentException naming a malformed alert
   */
  public static DashboardServer start(
      HistoryStore history, String host, int port, List<String> alerts, LiveAlertSink sink) {
    DashboardServer server = new DashboardServer(history, AlertRule.parseAll(alerts));
    server.sink = sink;
    server.app.start(host, port);
    return server;
  }

  /**
   * Checks alert rules without starting anything.
   *
   * @param alerts the rules as written
   * @throws IllegalArgumentException naming the first malformed rule
   */
  public static void checkAlerts(List<String> alerts) {
    AlertRule.parseAll(alerts);
  }

  /** Tells whether an address is loopback (the default bind; anything else is warned about). */
  public static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }

  /** Returns the port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Returns the pages connected to the live view. */
  public int livePages() {
    return hub.pages();
  }

  private void asset(Context ctx, String name) {
    byte[] body = assets.read(name);
    if (body == null) {
      ctx.status(404).contentType("text/plain").result("not found");
      return;
    }
    ctx.header("X-Content-Type-Options", "nosniff");
    // The page's scripts come from the jar only; uPlot sizes its elements through style.
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " connect-src 'self' ws: wss:; img-src 'self' data:; object-src 'none';"
            + " base-uri 'none'; frame-ancestors 'none'");
    ctx.contentType(assets.contentType(name)).result(body);
  }

  private void run(Context ctx) throws IOException {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a run id is a number: '" + ctx.pathParam("id") + "'");
    }
    HistoryRunDetail detail = history.run(id);
    if (detail == null) {
      ctx.status(404).contentType("application/json").result(error("no run " + id));
      return;
    }
    json(ctx, detail);
  }

  private void series(Context ctx) throws IOException {
    String benchmark = ctx.queryParam("benchmark");
    if (benchmark == null || benchmark.isBlank()) {
      throw new IllegalArgumentException("series needs ?benchmark=NAME (and params=JSON)");
    }
    String params = ctx.queryParam("params");
    json(ctx, history.series(benchmark, params == null || params.isBlank() ? "{}" : params));
  }

  private void analysis(Context ctx) throws IOException {
    String benchmark = ctx.queryParam("benchmark");
    if (benchmark == null || benchmark.isBlank()) {
      throw new IllegalArgumentException("analysis needs ?benchmark=NAME (and params=JSON)");
    }
    String params = ctx.queryParam("params");
    double threshold = number(ctx.queryParam("threshold"), 5, "threshold");
    int window = (int) number(ctx.queryParam("window"), SeriesAnalyzer.DEFAULT_WINDOW, "window");
    SeriesAnalyzer analyzer =
        new SeriesAnalyzer(window, SeriesAnalyzer.DEFAULT_HORIZON, threshold, 0.95);
    json(
        ctx,
        analyzer.analyze(
            history.series(benchmark, params == null || params.isBlank() ? "{}" : params)));
  }

  private static double number(String text, double otherwise, String name) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number: '" + text + "'");
    }
  }

  private void prometheus(Context ctx) throws IOException {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  private void event(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    if (body.length > MAX_EVENT_BYTES) {
      ctx.status(413)
          .contentType("application/json")
          .result(error("event larger than " + MAX_EVENT_BYTES + " bytes"));
      return;
    }
    JsonNode event;
    try {
      event = JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "an event is a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (event == null || !event.isObject() || !EVENT_TYPES.contains(event.path("type").asText())) {
      throw new IllegalArgumentException("an event is a JSON object with a type of " + EVENT_TYPES);
    }
    String type = event.path("type").asText();
    hub.publish(type, event.toString());
    metrics.observe(event);
    if ("iteration".equals(type) && !event.path("warmup").asBoolean(false)) {
      raiseAlerts(event);
    }
    if ("run-started".equals(type) && sink != null) {
      sink.runStarted(event.path("run").asText(""), event.path("profile").asText(""));
    }
    ctx.status(202).contentType("application/json").result("{\"accepted\":true}");
  }

  private void raiseAlerts(JsonNode iteration) {
    String label = iteration.path("label").asText();
    double value = iteration.path("score").asDouble(Double.NaN);
    String unit = iteration.path("unit").asText();
    for (AlertRule rule : alerts) {
      if (Double.isFinite(value) && rule.crossedBy(label, value)) {
        ObjectNode alert = JSON.createObjectNode();
        alert.put("type", "alert");
        alert.put("rule", rule.text());
        alert.put("label", label);
        alert.put("value", value);
        alert.put("unit", unit);
        alert.put("message", rule.describe(label, value, unit));
        hub.publish("alert", alert.toString());
        if (sink != null) {
          sink.raised(rule.text(), label, value, unit, rule.describe(label, value, unit));
        }
      }
    }
  }

  private static int limit(Context ctx) {
    String limit = ctx.queryParam("limit");
    if (limit == null) {
      return 200;
    }
    try {
      return Math.max(1, Math.min(10_000, Integer.parseInt(limit)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("limit is a number: '" + limit + "'");
    }
  }

  private static void json(Context ctx, Object value) throws IOException {
    ctx.contentType("application/json").result(JSON.writeValueAsString(value));
  }

  private static String error(String message) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("error", message);
    try {
      return JSON.writeValueAsString(m);
    } catch (IOException e) {
      return "{\"error\":\"error\"}";
    }
  }

  /** Stops the server. */
  @Override
  public void close() {
    app.stop();
  }
}
