package org.mfn.report.console;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mfn.core.model.Layer;
import org.mfn.core.regression.ComparisonReport;
import org.mfn.core.regression.MetricComparison;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.Improvement;
import org.mfn.core.result.MetricResult;
import org.mfn.core.target.TargetVerdict;
import org.mfn.report.Numbers;
import org.mfn.report.ReportRows;

/** The console tables of a run: results, claims and comparisons. */
public final class ConsoleTables {
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private ConsoleTables() {}

  /**
   * Renders every benchmark with its mean, interval and allocation.
   *
   * @param results the results
   * @return the table
   */
  public static String results(List<BenchmarkResult> results) {
    TextTable table =
        new TextTable(
            "benchmark",
            "params",
            "role",
            "mean",
            "95% CI",
            "unit",
            "alloc B/op",
            "other metrics",
            "warnings");
    for (BenchmarkResult r : results) {
      MetricResult alloc = r.secondary().get(ALLOCATION);
      table.add(
          shortName(r.benchmark()),
          params(r.params()),
          r.role().name(),
          Numbers.format(r.primary().statistics().mean()),
          Numbers.interval(r.primary().statistics().ci()),
          r.primary().unit(),
          alloc == null ? null : Numbers.format(alloc.statistics().mean()),
          ReportRows.otherMetrics(r),
          ReportRows.warnings(r.primary().statistics()));
    }
    return table.render();
  }

  /**
   * Renders the claims of some layers with their verdicts.
   *
   * @param verdicts every verdict
   * @param layers the layers to show
   * @return the table
   */
  public static String claims(List<TargetVerdict> verdicts, Collection<Layer> layers) {
    TextTable table = new TextTable("claim", "target", "measured", "95% CI", "verdict");
    for (TargetVerdict v : ReportRows.measuredFirst(verdicts)) {
      if (layers.contains(v.layer())) {
        table.add(
            v.id(),
            v.threshold(),
            v.measured() == null ? null : Numbers.format(v.measured()) + " " + v.unit(),
            Numbers.interval(v.interval()),
            v.verdict().name());
      }
    }
    return table.render();
  }

  /**
   * Renders MFN against baselines and peers.
   *
   * @param improvements the pairs
   * @return the table
   */
  public static String improvements(List<Improvement> improvements) {
    TextTable table =
        new TextTable(
            "subject", "params", "metric", "ours", "against", "speedup", "95% CI", "reduction %");
    for (Improvement i : improvements) {
      table.add(
          i.subject(),
          params(i.params()),
          ReportRows.metricOf(i),
          methodName(stripParams(i.mfn())),
          methodName(stripParams(i.other())) + " (" + i.otherRole() + ")",
          Numbers.format(i.speedup()) + "x",
          Numbers.interval(i.speedupInterval()),
          Numbers.format(i.reductionPercent()));
    }
    return table.render();
  }

  /**
   * Renders a comparison of two runs: every metric with its change, interval, p-values and verdict,
   * then the benchmarks present in only one run.
   *
   * @param report the comparison
   * @return the table and notes
   */
  public static String comparison(ComparisonReport report) {
    TextTable table =
        new TextTable(
            "benchmark",
            "metric",
            "old",
            "new",
            "change %",
            "ratio 95% CI",
            "p (adj.)",
            "p (MWU)",
            "g",
            "verdict");
    for (MetricComparison c : report.comparisons()) {
      table.add(
          shortName(stripParams(c.benchmark())) + paramsOf(c.benchmark()),
          c.metric(),
          Numbers.format(c.change().oldMean()) + " " + c.unit(),
          Numbers.format(c.change().newMean()),
          Double.isNaN(c.change().worsePercent())
              ? "-"
              : (c.change().worsePercent() >= 0 ? "+" : "")
                  + Numbers.format(c.change().worsePercent())
                  + (c.change().worsePercent() >= 0 ? " worse" : " better"),
          Numbers.interval(c.change().ratioInterval()),
          c.significance().adjustedP() == null
              ? null
              : Numbers.format(c.significance().adjustedP()),
          c.significance().mannWhitneyP() == null
              ? null
              : Numbers.format(c.significance().mannWhitneyP()),
          c.significance().effectSize() == null
              ? null
              : Numbers.format(c.significance().effectSize()),
          c.verdict().name() + (c.significance().forkAware() ? "" : " (1 fork)"));
    }
    StringBuilder sb = new StringBuilder(table.render());
    sb.append(
        String.format(
            Locale.ROOT,
            "threshold %s%%, confidence %s; %s%n",
            Numbers.format(report.settings().thresholdPercent()),
            Numbers.format(report.settings().level()),
            report.correction()));
    if (report.suite() != null) {
      sb.append("suite as a whole: ")
          .append(report.suite().verdict().name())
          .append(": ")
          .append(report.suite().summary())
          .append('\n');
    }
    List<String> regressions = report.regressions();
    if (!regressions.isEmpty()) {
      sb.append("REGRESSIONS (").append(regressions.size()).append("):\n");
      regressions.forEach(line -> sb.append("  ").append(line).append('\n'));
    }
    if (!report.onlyInOld().isEmpty()) {
      sb.append("only in the baseline (not compared): ")
          .append(String.join(", ", report.onlyInOld()))
          .append('\n');
    }
    if (!report.onlyInNew().isEmpty()) {
      sb.append("only in the new run (not compared): ")
          .append(String.join(", ", report.onlyInNew()))
          .append('\n');
    }
    return sb.toString();
  }

  private static String paramsOf(String id) {
    int brace = id.indexOf('{');
    return brace < 0 ? "" : " " + id.substring(brace);
  }

  private static String shortName(String benchmark) {
    int method = benchmark.lastIndexOf('.');
    int type = benchmark.lastIndexOf('.', method - 1);
    return benchmark.substring(type + 1);
  }

  private static String methodName(String benchmark) {
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  private static String stripParams(String id) {
    int brace = id.indexOf('{');
    return brace < 0 ? id : id.substring(0, brace);
  }

  private static String params(Map<String, String> params) {
    if (params.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    params.forEach(
        (k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
    return sb.toString();
  }
}
