package org.mfn.report.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mfn.core.model.Layer;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.FaultOutcome;
import org.mfn.core.result.Improvement;
import org.mfn.core.result.IntervalStats;
import org.mfn.core.result.MetricResult;
import org.mfn.core.run.RunResult;
import org.mfn.report.ChartMetric;
import org.mfn.report.ReportRenderer;

/**
 * {@code report.html}: claims first, then each layer's benchmarks with MFN-against-baseline bars,
 * per-fork iteration charts (warm-up included) and warnings, the regression comparison when there
 * is one, and the environment. Self-contained: uPlot, styles and data are inlined, and a
 * Content-Security-Policy of {@code default-src 'none'} forbids every network request; scripts run
 * only if their SHA-256 is one of the two inlined scripts' (no {@code 'unsafe-inline'}).
 *
 * <p>At most {@link #MAX_CHARTS} iteration charts are drawn (the rest are listed in tables only),
 * so that a report of a thousand benchmarks stays small; they sit in closed sections and are drawn
 * when a section is opened. A filter box at the top hides every row, bar chart and iteration chart
 * whose benchmark does not match the words typed (in the page, no network).
 */
public final class HtmlReport implements ReportRenderer {
  /** The most iteration charts in one report. */
  public static final int MAX_CHARTS = 200;

  /**
   * The CSP's script sources: the SHA-256 of each inlined script and nothing else, so that a script
   * smuggled into the page past the escaping would still not run.
   */
  private static final String SCRIPT_SOURCES =
      Html.cspHash(HtmlAssets.uplotScript()) + " " + Html.cspHash(HtmlAssets.reportScript());

  private static final ObjectMapper COMPACT = new ObjectMapper();

  @Override
  public void render(RunResult result, OutputStream out) throws IOException {
    StringBuilder html = new StringBuilder(64 * 1024);
    List<ObjectNode> charts = new ArrayList<>();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("script-src ")
        .append(SCRIPT_SOURCES)
        .append("; style-src 'unsafe-inline'; img-src data:\">")
        .append("<title>MFN Bench report</title><style>")
        .append(HtmlAssets.uplotStyle())
        .append(HtmlAssets.reportStyle())
        .append("</style></head><body><main>");
    HtmlSections.header(html, result);
    HtmlSections.claims(html, result.targets());
    for (Layer layer : Layer.values()) {
      List<BenchmarkResult> ofLayer =
          result.benchmarks().stream().filter(b -> b.layer() == layer).toList();
      if (!ofLayer.isEmpty()) {
        layerSection(
            html,
            layer,
            ofLayer,
            result.improvements() == null ? List.of() : result.improvements(),
            charts);
      }
    }
    if (!result.faults().isEmpty()) {
      HtmlSections.faults(html, result.faults());
    }
    if (result.comparison() != null) {
      HtmlSections.regression(html, result.comparison());
    }
    HtmlSections.environment(html, result);
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    ArrayNode list = data.putArray("charts");
    charts.forEach(list::add);
    ArrayNode faults = data.putArray("faults");
    for (int i = 0; i < result.faults().size(); i++) {
      faults.add(faultData("fault-" + i, result.faults().get(i)));
    }
    html.append("</main><script type=\"application/json\" id=\"mfn-data\">")
        .append(Html.scriptSafeJson(COMPACT.writeValueAsString(data)))
        .append("</script><script>")
        .append(HtmlAssets.uplotScript())
        .append("</script><script>")
        .append(HtmlAssets.reportScript())
        .append("</script></body></html>\n");
    out.write(html.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void layerSection(
      StringBuilder html,
      Layer layer,
      List<BenchmarkResult> results,
      List<Improvement> improvements,
      List<ObjectNode> charts) {
    html.append("<section class=\"layer\" id=\"layer-")
        .append(layer.shortName())
        .append("\"><h2>")
        .append(Html.escape(layer.title()))
        .append("</h2>");
    HtmlSections.benchmarkTable(html, results);
    Map<String, List<BenchmarkResult>> bySubject = new LinkedHashMap<>();
    for (BenchmarkResult r : results) {
      if (r.subject() != null) {
        bySubject.computeIfAbsent(r.subject() + " " + r.params(), k -> new ArrayList<>()).add(r);
      }
    }
    html.append("<details open><summary>Ours against baselines and peers</summary>");
    HtmlSections.improvements(html, improvementsOf(results, improvements));
    bySubject.forEach(
        (title, group) -> {
          ChartMetric metric = ChartMetric.of(group, improvements);
          if (group.size() > 1
              && group.stream().map(b -> metric.of(b).unit()).distinct().count() == 1) {
            String heading = title + (metric.name() == null ? "" : " — " + metric.label());
            StringBuilder names = new StringBuilder(heading);
            group.forEach(b -> names.append(' ').append(HtmlSections.filterText(b)));
            html.append("<div class=\"bar-chart\" data-filter=\"")
                .append(Html.escape(names.toString()))
                .append("\"><h3>")
                .append(Html.escape(heading))
                .append("</h3>")
                .append(SvgBars.of(heading, group, metric))
                .append("</div>");
          }
        });
    html.append(
        "</details><details class=\"iterations\"><summary>Iterations per fork (warm-up, then measurement)</summary><div class=\"charts\">");
    for (BenchmarkResult r : results) {
      if (charts.size() >= MAX_CHARTS) {
        html.append(
            "<p class=\"muted\">Further charts omitted; the tables list every benchmark.</p>");
        break;
      }
      String id = "chart-" + charts.size();
      charts.add(chartData(id, r));
      html.append("<div class=\"chart\" data-filter=\"")
          .append(Html.escape(HtmlSections.filterText(r)))
          .append("\"><h4>")
          .append(Html.escape(r.methodName() + " " + r.params()))
          .append("</h4><div id=\"")
          .append(id)
          .append("\" data-chart></div></div>");
    }
    html.append("</div></details></section>");
  }

  private static List<Improvement> improvementsOf(
      List<BenchmarkResult> results, List<Improvement> all) {
    Set<String> ids = new HashSet<>();
    results.forEach(r -> ids.add(r.id()));
    return all.stream().filter(i -> ids.contains(i.mfn())).toList();
  }

  private static ObjectNode faultData(String id, FaultOutcome o) {
    ObjectNode chart = JsonNodeFactory.instance.objectNode();
    chart.put("id", id);
    chart.put("from", o.injectedAtSeconds());
    chart.put("to", o.clearedAtSeconds());
    ArrayNode t = chart.putArray("t");
    ArrayNode p99 = chart.putArray("p99");
    ArrayNode rate = chart.putArray("rate");
    for (IntervalStats i : o.timeline()) {
      t.add(i.startSeconds());
      if (i.p99Micros() == null) {
        p99.addNull();
      } else {
        p99.add(i.p99Micros());
      }
      rate.add(i.throughputPerSecond());
    }
    return chart;
  }

  private static ObjectNode chartData(String id, BenchmarkResult r) {
    ObjectNode chart = JsonNodeFactory.instance.objectNode();
    chart.put("id", id);
    chart.put("unit", r.primary().unit());
    MetricResult m = r.primary();
    int warmup = m.warmup() == null || m.warmup().isEmpty() ? 0 : m.warmup().get(0).size();
    chart.put("warmup", warmup);
    if (m.statistics().percentiles() != null && !m.statistics().percentiles().isEmpty()) {
      ObjectNode percentiles = chart.putObject("percentiles");
      m.statistics().percentiles().forEach(percentiles::put);
    }
    ArrayNode forks = chart.putArray("forks");
    for (int f = 0; f < m.samples().size(); f++) {
      ArrayNode series = forks.addArray();
      if (m.warmup() != null && f < m.warmup().size()) {
        m.warmup().get(f).forEach(series::add);
      }
      m.samples().get(f).forEach(series::add);
    }
    return chart;
  }
}
