package org.mfn.runner.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.run.RunResult;
import org.mfn.core.target.TargetVerdict;
import org.mfn.runner.run.RunListener;

/**
 * {@code --dashboard URL}: publishes a run to a running dashboard as it happens, one JSON event per
 * {@code POST URL/api/events}: {@code run-started}, {@code benchmark-started}, {@code iteration}
 * (warm-up and measured), {@code benchmark-finished} (JMH's score and error), and {@code
 * run-finished} (every benchmark's mean and interval, every verdict, the history's run id).
 *
 * <p>Events are sent in order by one background thread from a bounded queue, so a slow or absent
 * dashboard never slows the benchmarks: when the queue is full an event is dropped, and the first
 * failed send prints one warning line; the run goes on either way. {@link #runFinished} waits up to
 * {@value #DRAIN_SECONDS} s for the queue to empty, so that the last events arrive before the
 * process exits.
 */
public final class LivePublisher implements RunListener {
  /** Events queued at most. */
  static final int QUEUE_LIMIT = 10_000;

  /** How long the end of a run waits for queued events, seconds. */
  static final int DRAIN_SECONDS = 10;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI endpoint;
  private final PrintWriter err;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ExecutorService sender =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(QUEUE_LIMIT),
          r -> {
            Thread t = new Thread(r, "mfn-dashboard-publisher");
            t.setDaemon(true);
            return t;
          },
          new ThreadPoolExecutor.DiscardPolicy());
  private final AtomicBoolean warned = new AtomicBoolean();
  private String label = "";

  /**
   * Creates a publisher.
   *
   * @param dashboard the dashboard's base URL, e.g. {@code http://127.0.0.1:3030}
   * @param err where the one warning goes
   * @throws IllegalArgumentException if the URL is not http(s) with a host
   */
  public LivePublisher(String dashboard, PrintWriter err) {
    URI base;
    try {
      base = URI.create(dashboard.endsWith("/") ? dashboard : dashboard + "/");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--dashboard is not a URL: '" + dashboard + "'", e);
    }
    if (!("http".equals(base.getScheme()) || "https".equals(base.getScheme()))
        || base.getHost() == null) {
      throw new IllegalArgumentException(
          "--dashboard must be an http URL such as http://127.0.0.1:3030: '" + dashboard + "'");
    }
    this.endpoint = base.resolve("api/events");
    this.err = err;
  }

  @Override
  public void runStarted(String runDirectory, int sets, double estimateSeconds, String profile) {
    ObjectNode e = event("run-started");
    e.put("run", runDirectory);
    e.put("total", sets);
    e.put("estimateSeconds", estimateSeconds);
    e.put("profile", profile);
    send(e);
  }

  @Override
  public void benchmarkStarted(int index, int total, String benchmark, double secondsLeft) {
    label = benchmark;
    ObjectNode e = event("benchmark-started");
    e.put("index", index);
    e.put("total", total);
    e.put("label", benchmark);
    e.put("secondsLeft", secondsLeft);
    send(e);
  }

  @Override
  public void iterationEnded(boolean warmup, int iteration, double score, String unit) {
    ObjectNode e = event("iteration");
    e.put("label", label);
    e.put("warmup", warmup);
    e.put("iteration", iteration);
    e.put("score", score);
    e.put("unit", unit);
    send(e);
  }

  @Override
  public void benchmarkEnded(String benchmark, double score, double error, String unit) {
    ObjectNode e = event("benchmark-finished");
    e.put("label", benchmark);
    e.put("score", score);
    if (Double.isFinite(error)) {
      e.put("error", error);
    }
    e.put("unit", unit);
    send(e);
  }

  /**
   * Publishes the end of the run with its statistics and verdicts, then waits for the queue.
   *
   * @param result the run's results
   * @param historyRunId the run's id in the history, or null when it was not recorded
   * @param interrupted whether the run was stopped early
   */
  public void runFinished(RunResult result, Long historyRunId, boolean interrupted) {
    ObjectNode e = event("run-finished");
    e.put("interrupted", interrupted);
    if (historyRunId != null) {
      e.put("historyRunId", historyRunId);
    }
    ArrayNode benchmarks = e.putArray("benchmarks");
    for (BenchmarkResult b : result.benchmarks()) {
      ObjectNode n = benchmarks.addObject();
      n.put("id", b.id());
      n.put("unit", b.primary().unit());
      if (b.primary().statistics() != null) {
        n.put("mean", b.primary().statistics().mean());
        if (b.primary().statistics().ci() != null) {
          n.put("ciLower", b.primary().statistics().ci().lower());
          n.put("ciUpper", b.primary().statistics().ci().upper());
        }
      }
    }
    ArrayNode verdicts = e.putArray("verdicts");
    for (TargetVerdict t : result.targets()) {
      ObjectNode n = verdicts.addObject();
      n.put("id", t.id());
      n.put("claim", t.claim());
      n.put("threshold", t.threshold());
      n.put("verdict", t.verdict().name());
      if (t.measured() != null) {
        n.put("measured", t.measured());
      }
      n.put("unit", t.unit());
      n.put("informational", !t.judged());
    }
    send(e);
    sender.shutdown();
    try {
      if (!sender.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
        warn("not every event reached the dashboard within " + DRAIN_SECONDS + " s");
      }
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
  }

  private static ObjectNode event(String type) {
    ObjectNode e = JSON.createObjectNode();
    e.put("type", type);
    e.put("time", System.currentTimeMillis());
    return e;
  }

  private void send(ObjectNode event) {
    String body = event.toString();
    sender.execute(
        () -> {
          try {
            HttpResponse<Void> response =
                client.send(
                    HttpRequest.newBuilder(endpoint)
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
              warn("the dashboard answered " + response.statusCode() + " to an event");
            }
          } catch (java.io.IOException ex) {
            warn("cannot reach the dashboard at " + endpoint + ": " + ex.getMessage());
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
          }
        });
  }

  private void warn(String message) {
    if (warned.compareAndSet(false, true)) {
      err.println("mfn: warning: " + message + "; the run goes on without the live view");
      err.flush();
    }
  }
}
