package org.mfn.runner.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mfn.runner.history.HistoryPoint;
import org.mfn.runner.history.HistoryRun;
import org.mfn.runner.history.HistoryRunDetail;
import org.mfn.runner.history.HistoryStore;

/**
 * The dashboard's {@code /metrics}, written by the official Prometheus client's text-format writer:
 * live pages, events received, the current run's progress (benchmarks done over benchmarks), the
 * runs in the history, and the latest run's benchmark means ({@code mfn_history_latest_mean},
 * labels benchmark, params, unit) and failed claims.
 */
final class DashboardMetrics {
  private final HistoryStore history;
  private final LiveHub hub;
  private volatile double progress;

  DashboardMetrics(HistoryStore history, LiveHub hub) {
    this.history = history;
    this.hub = hub;
  }

  /** Follows the run's progress from its events. */
  void observe(JsonNode event) {
    String type = event.path("type").asText();
    if ("run-started".equals(type)) {
      progress = 0;
    } else if ("benchmark-started".equals(type)) {
      int total = event.path("total").asInt(0);
      progress = total <= 0 ? 0 : (event.path("index").asInt(1) - 1) / (double) total;
    } else if ("run-finished".equals(type)) {
      progress = 1;
    }
  }

  /** Writes every metric now. */
  String scrape() throws IOException {
    List<HistoryRun> runs = history.runs(1);
    GaugeSnapshot.Builder latest =
        GaugeSnapshot.builder()
            .name("mfn_history_latest_mean")
            .help("Mean primary score of each benchmark in the latest run, in the label's unit.");
    double failed = 0;
    if (!runs.isEmpty()) {
      HistoryRunDetail detail = history.run(runs.get(0).id());
      failed = runs.get(0).failedClaims();
      for (HistoryPoint p : detail.results()) {
        if (p.mean() != null) {
          latest.dataPoint(
              GaugeDataPointSnapshot.builder()
                  .labels(
                      Labels.of("benchmark", p.benchmark(), "params", p.params(), "unit", p.unit()))
                  .value(p.mean())
                  .build());
        }
      }
    }
    MetricSnapshots snapshots =
        MetricSnapshots.of(
            gauge("mfn_dashboard_live_pages", "Pages connected to the live view.", hub.pages()),
            gauge("mfn_dashboard_events", "Run events received since start.", hub.events()),
            gauge(
                "mfn_live_run_progress_ratio",
                "Share of the current run's benchmarks done.",
                progress),
            gauge(
                "mfn_history_runs",
                "Runs in the history (latest id).",
                runs.isEmpty() ? 0 : runs.get(0).id()),
            gauge(
                "mfn_history_latest_failed_claims",
                "Judged claims that failed in the latest run.",
                failed),
            latest.build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(out, snapshots);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static GaugeSnapshot gauge(String name, String help, double value) {
    return GaugeSnapshot.builder()
        .name(name)
        .help(help)
        .dataPoint(GaugeDataPointSnapshot.builder().value(value).build())
        .build();
  }
}
