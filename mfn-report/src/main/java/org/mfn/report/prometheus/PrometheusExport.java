package org.mfn.report.prometheus;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.mfn.core.model.MetricUnits;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.run.RunResult;
import org.mfn.core.stats.Statistics;
import org.mfn.core.target.TargetVerdict;
import org.mfn.core.target.Verdict;
import org.mfn.report.ReportRenderer;
import org.mfn.report.ReportRows;

/**
 * {@code metrics.prom}: gauges in the Prometheus text format, written by the Prometheus client.
 *
 * <ul>
 *   <li>{@code mfn_benchmark_score_seconds} (time per operation, converted to seconds) and {@code
 *       mfn_benchmark_score_ops_per_second} (rates), with {@code bound} = mean, ci_lower or
 *       ci_upper;
 *   <li>{@code mfn_benchmark_allocated_bytes} per operation;
 *   <li>{@code mfn_claim_verdict}: 1 for the verdict a claim has, 0 for the others;
 *   <li>{@code mfn_claim_measured}: the measured value in the claim's unit (label {@code unit}).
 * </ul>
 *
 * Labels: benchmark, params, role (and claim, layer, verdict for claims). {@link #snapshots} gives
 * the same gauges with labels of the run added to every series, for a push to a Pushgateway.
 */
public final class PrometheusExport implements ReportRenderer {

  @Override
  public void render(RunResult result, OutputStream out) throws IOException {
    PrometheusTextFormatWriter.create().write(out, snapshots(result, Labels.EMPTY));
  }

  /**
   * Returns the run's gauges.
   *
   * @param result the run
   * @param runLabels labels added to every series (e.g. the run's commit, profile and JDK); their
   *     names must differ from the gauges' own (benchmark, params, role, bound, claim, layer,
   *     verdict, unit)
   * @return the gauges that have at least one series
   */
  public static MetricSnapshots snapshots(RunResult result, Labels runLabels) {
    GaugeSnapshot.Builder seconds =
        gauge("mfn_benchmark_score_seconds", "Benchmark score: seconds per operation.");
    GaugeSnapshot.Builder rates =
        gauge("mfn_benchmark_score_ops_per_second", "Benchmark score: operations per second.");
    GaugeSnapshot.Builder allocation =
        gauge("mfn_benchmark_allocated_bytes", "Bytes allocated per operation.");
    for (BenchmarkResult r : result.benchmarks()) {
      Labels labels =
          Labels.of(
                  "benchmark",
                  r.benchmark(),
                  "params",
                  ReportRows.params(r.params()),
                  "role",
                  r.role().name())
              .merge(runLabels);
      String unit = r.primary().unit();
      MetricUnits.Family family = MetricUnits.family(unit);
      if (family == MetricUnits.Family.TIME_PER_OP) {
        addBounds(seconds, labels, r.primary().statistics(), unit, "s/op");
      } else if (family == MetricUnits.Family.RATE) {
        addBounds(rates, labels, r.primary().statistics(), unit, "ops/s");
      }
      Double alloc = ReportRows.allocation(r);
      if (alloc != null) {
        allocation.dataPoint(GaugeDataPointSnapshot.builder().labels(labels).value(alloc).build());
      }
    }
    GaugeSnapshot.Builder verdicts =
        gauge("mfn_claim_verdict", "1 for the claim's verdict, 0 for the others.");
    GaugeSnapshot.Builder measured =
        gauge("mfn_claim_measured", "The measured value of a claim, in its unit.");
    for (TargetVerdict t : result.targets()) {
      for (Verdict v : Verdict.values()) {
        verdicts.dataPoint(
            GaugeDataPointSnapshot.builder()
                .labels(
                    Labels.of("claim", t.id(), "layer", t.layer().name(), "verdict", v.name())
                        .merge(runLabels))
                .value(t.verdict() == v ? 1 : 0)
                .build());
      }
      if (t.measured() != null) {
        measured.dataPoint(
            GaugeDataPointSnapshot.builder()
                .labels(
                    Labels.of("claim", t.id(), "layer", t.layer().name(), "unit", t.unit())
                        .merge(runLabels))
                .value(t.measured())
                .build());
      }
    }
    List<MetricSnapshot> snapshots = new ArrayList<>();
    for (GaugeSnapshot.Builder b : List.of(seconds, rates, allocation, verdicts, measured)) {
      GaugeSnapshot g = b.build();
      if (!g.getDataPoints().isEmpty()) {
        snapshots.add(g);
      }
    }
    return MetricSnapshots.of(snapshots.toArray(new MetricSnapshot[0]));
  }

  private static GaugeSnapshot.Builder gauge(String name, String help) {
    return GaugeSnapshot.builder().name(name).help(help);
  }

  private static void addBounds(
      GaugeSnapshot.Builder gauge, Labels labels, Statistics s, String from, String to) {
    gauge.dataPoint(point(labels, "mean", MetricUnits.convert(s.mean(), from, to)));
    if (s.ci() != null) {
      gauge.dataPoint(point(labels, "ci_lower", MetricUnits.convert(s.ci().lower(), from, to)));
      gauge.dataPoint(point(labels, "ci_upper", MetricUnits.convert(s.ci().upper(), from, to)));
    }
  }

  private static GaugeDataPointSnapshot point(Labels labels, String bound, double value) {
    return GaugeDataPointSnapshot.builder().labels(labels.add("bound", bound)).value(value).build();
  }
}
