package org.mfn.report.html;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.mfn.core.regression.ComparisonReport;
import org.mfn.core.regression.MetricComparison;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.EnvironmentInfo;
import org.mfn.core.result.FaultOutcome;
import org.mfn.core.result.Improvement;
import org.mfn.core.result.MachineCheck;
import org.mfn.core.run.RunResult;
import org.mfn.core.stats.Statistics;
import org.mfn.core.target.TargetVerdict;
import org.mfn.report.FaultRows;
import org.mfn.report.Numbers;
import org.mfn.report.ReportRows;

/** The static sections of {@link HtmlReport}; every value from the results file is escaped. */
final class HtmlSections {
  private HtmlSections() {}

  static void header(StringBuilder html, RunResult r) {
    EnvironmentInfo e = r.environment();
    html.append("<header><h1>MFN Bench report</h1><p class=\"muted\">")
        .append(
            Html.escape(
                e == null
                    ? ""
                    : e.startTime()
                        + " · "
                        + e.cpuModel()
                        + " · "
                        + e.cores()
                        + " cores · Java "
                        + e.jdkVersion()))
        .append(" · profile ")
        .append(Html.escape(r.settings() == null ? "-" : r.settings().profile()))
        .append(
            r.settings() == null || r.settings().network() == null
                ? ""
                : " · network: " + Html.escape(r.settings().network()))
        .append("</p><nav><a href=\"#claims\">Claims</a>");
    r.benchmarks().stream()
        .map(BenchmarkResult::layer)
        .filter(Objects::nonNull)
        .distinct()
        .forEach(
            l ->
                html.append("<a href=\"#layer-")
                    .append(l.shortName())
                    .append("\">")
                    .append(Html.escape(l.title()))
                    .append("</a>"));
    if (r.comparison() != null) {
      html.append("<a href=\"#regression\">Regression check</a>");
    }
    html.append("<a href=\"#environment\">Environment</a></nav>")
        .append("<p class=\"filter\"><label for=\"filter\">Filter by name</label> ")
        .append(
            "<input type=\"search\" id=\"filter\" placeholder=\"e.g. robinHood flowCount=1000\" ")
        .append(
            "autocomplete=\"off\"> <span id=\"filter-count\" class=\"muted\" aria-live=\"polite\">")
        .append(r.benchmarks().size())
        .append(" benchmarks</span></p></header>");
  }

  static void claims(StringBuilder html, List<TargetVerdict> targets) {
    html.append("<section id=\"claims\"><h2>Claims</h2><p id=\"verdict-counts\">")
        .append(Html.escape(ReportRows.verdictLine(targets)))
        .append("</p><div class=\"table-wrap\"><table id=\"claims-table\">")
        .append(
            "<thead><tr><th scope=\"col\">Layer</th><th scope=\"col\">Claim</th><th scope=\"col\">Measured</th>")
        .append(
            "<th scope=\"col\">95% CI</th><th scope=\"col\">Target</th><th scope=\"col\">Verdict</th>")
        .append("<th scope=\"col\">Benchmark</th></tr></thead><tbody>");
    for (TargetVerdict t : ReportRows.measuredFirst(targets)) {
      html.append("<tr data-filter=\"")
          .append(
              Html.escape(
                  t.id() + " " + t.claim() + " " + (t.benchmark() == null ? "" : t.benchmark())))
          .append("\"><td>")
          .append(Html.escape(t.layer().name()))
          .append("</td><td><strong>")
          .append(Html.escape(t.id()))
          .append("</strong><br>")
          .append(Html.escape(t.claim()))
          .append(
              t.workload() == null
                  ? ""
                  : "<br><span class=\"muted workload\">" + Html.escape(t.workload()) + "</span>")
          .append("</td><td class=\"num\">")
          .append(
              t.measured() == null
                  ? "-"
                  : Html.escape(Numbers.format(t.measured()) + " " + t.unit()))
          .append("</td><td class=\"num\">")
          .append(Html.escape(Numbers.interval(t.interval())))
          .append("</td><td class=\"num\">")
          .append(Html.escape(t.threshold()))
          .append("</td><td><span class=\"verdict ")
          .append(t.verdict().name())
          .append("\">")
          .append(t.verdict().name())
          .append("</span></td><td>")
          .append(
              Html.escape(
                  t.benchmark() == null
                      ? "-"
                      : ReportRows.shortName(t.benchmark().replaceAll("\\{.*", ""))))
          .append(
              t.note() == null
                  ? ""
                  : "<br><span class=\"muted\">" + Html.escape(t.note()) + "</span>")
          .append("</td></tr>");
    }
    html.append("</tbody></table></div></section>");
  }

  static void benchmarkTable(StringBuilder html, List<BenchmarkResult> results) {
    html.append(
            "<div class=\"table-wrap\"><table class=\"results\"><thead><tr><th scope=\"col\">Benchmark</th>")
        .append("<th scope=\"col\">Params</th><th scope=\"col\">Role</th>")
        .append("<th scope=\"col\">Mean</th><th scope=\"col\">95% CI</th>")
        .append("<th scope=\"col\">Alloc B/op</th><th scope=\"col\">Other metrics</th>")
        .append("<th scope=\"col\">Warnings</th></tr></thead><tbody>");
    for (BenchmarkResult r : results) {
      Statistics s = r.primary().statistics();
      Double alloc = ReportRows.allocation(r);
      html.append("<tr class=\"result\" data-filter=\"")
          .append(Html.escape(filterText(r)))
          .append("\"><td>")
          .append(Html.escape(ReportRows.shortName(r.benchmark())))
          .append("</td><td>")
          .append(Html.escape(ReportRows.params(r.params())))
          .append("</td><td>")
          .append(
              Html.escape(
                  r.role().name() + (r.implementation() == null ? "" : ": " + r.implementation())))
          .append("</td><td class=\"num\">")
          .append(Html.escape(Numbers.format(s.mean()) + " " + r.primary().unit()))
          .append("</td><td class=\"num\">")
          .append(Html.escape(Numbers.interval(s.ci())))
          .append("</td><td class=\"num\">")
          .append(alloc == null ? "-" : Html.escape(Numbers.format(alloc)))
          .append("</td><td>")
          .append(Html.escape(ReportRows.otherMetrics(r)))
          .append("</td><td class=\"warning\">")
          .append(Html.escape(ReportRows.warnings(s)))
          .append("</td></tr>");
    }
    html.append("</tbody></table></div>");
  }

  static void improvements(StringBuilder html, List<Improvement> improvements) {
    if (improvements.isEmpty()) {
      return;
    }
    html.append(
            "<div class=\"table-wrap\"><table><thead><tr><th>Subject</th><th>Metric</th><th>Ours</th>")
        .append("<th>Against</th><th>Speedup</th><th>95% CI</th><th>Reduction</th></tr></thead>")
        .append("<tbody>");
    for (Improvement i : improvements) {
      html.append("<tr data-filter=\"")
          .append(Html.escape(i.subject() + " " + i.mfn() + " " + i.other()))
          .append("\"><td>")
          .append(Html.escape(i.subject() + " " + ReportRows.params(i.params())))
          .append("</td><td>")
          .append(Html.escape(ReportRows.metricOf(i)))
          .append("</td><td>")
          .append(Html.escape(method(i.mfn())))
          .append("</td><td>")
          .append(Html.escape(method(i.other()) + " (" + i.otherRole() + ")"))
          .append("</td><td class=\"num\">")
          .append(Html.escape(Numbers.format(i.speedup()) + "x"))
          .append("</td><td class=\"num\">")
          .append(Html.escape(Numbers.interval(i.speedupInterval())))
          .append("</td><td class=\"num\">")
          .append(Html.escape(Numbers.format(i.reductionPercent()) + " %"))
          .append("</td></tr>");
    }
    html.append("</tbody></table></div>");
  }

  /**
   * The text the page's filter searches for a result: class and method, parameters, role,
   * implementation and subject.
   */
  static String filterText(BenchmarkResult r) {
    return ReportRows.shortName(r.benchmark())
        + " "
        + ReportRows.params(r.params()).replace(';', ' ')
        + " "
        + r.role()
        + " "
        + (r.implementation() == null ? "" : r.implementation())
        + " "
        + (r.subject() == null ? "" : r.subject());
  }

  private static String method(String id) {
    String name = id.replaceAll("\\{.*", "");
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /**
   * The fault scenarios: a table, and a timeline per scenario (throughput and p99 over time, the
   * fault's window shaded) drawn from the page's data.
   */
  static void faults(StringBuilder html, List<FaultOutcome> faults) {
    html.append("<section id=\"faults\"><h2>Under faults</h2><p class=\"muted\">")
        .append(
            "Each scenario at a fixed offered load, the fault at a known time; p99 is corrected")
        .append(" for coordinated omission; recovery runs from the fault's end to the first")
        .append(" interval back within 1.5x (+50 µs) of the p99 before at 90% of the throughput.")
        .append("</p><div class=\"table-wrap\"><table><thead><tr><th>Scenario</th><th>Fault</th>")
        .append("<th>When</th><th>p99 before</th><th>Worst p99 during</th><th>p99 after</th>")
        .append("<th>Throughput before / during</th><th>Recovery</th><th>Dropped</th>")
        .append("<th>Misrouted</th></tr></thead><tbody>");
    for (FaultOutcome o : faults) {
      html.append("<tr><td>")
          .append(Html.escape(o.scenario()))
          .append("</td><td>")
          .append(Html.escape(o.fault()))
          .append("</td><td class=\"num\">")
          .append(Html.escape(FaultRows.window(o)))
          .append("</td><td class=\"num\">")
          .append(Html.escape(FaultRows.micros(o.before().p99Micros())))
          .append("</td><td class=\"num\">")
          .append(Html.escape(FaultRows.micros(o.during().worstP99Micros())))
          .append("</td><td class=\"num\">")
          .append(Html.escape(FaultRows.micros(o.after().p99Micros())))
          .append("</td><td class=\"num\">")
          .append(
              Html.escape(
                  FaultRows.rate(o.before().throughputPerSecond())
                      + " / "
                      + FaultRows.rate(o.during().throughputPerSecond())))
          .append("</td><td class=\"num\">")
          .append(Html.escape(FaultRows.recovery(o)))
          .append("</td><td class=\"num\">")
          .append(o.dropped())
          .append("</td><td class=\"num\">")
          .append(o.misrouted())
          .append("</td></tr>");
    }
    html.append("</tbody></table></div>");
    for (int i = 0; i < faults.size(); i++) {
      html.append("<h3>")
          .append(Html.escape(faults.get(i).scenario()))
          .append("</h3><div class=\"fault-timeline\" id=\"fault-")
          .append(i)
          .append("\"></div>");
    }
    html.append("</section>");
  }

  static void regression(StringBuilder html, ComparisonReport report) {
    html.append("<section id=\"regression\"><h2>Regression check</h2><p class=\"muted\">")
        .append(
            Html.escape(
                report.correction()
                    + "; threshold "
                    + Numbers.format(report.settings().thresholdPercent())
                    + "%"))
        .append("</p>");
    if (report.suite() != null) {
      html.append("<p>Suite as a whole: <span class=\"verdict ")
          .append(report.suite().verdict().name())
          .append("\">")
          .append(report.suite().verdict().name())
          .append("</span> ")
          .append(Html.escape(report.suite().summary()))
          .append("</p>");
    }
    html.append(
            "<div class=\"table-wrap\"><table><thead><tr><th>Benchmark</th><th>Metric</th><th>Change</th>")
        .append(
            "<th>Ratio 95% CI</th><th>Adjusted p</th><th>Mann-Whitney p</th><th>Verdict</th></tr></thead><tbody>");
    for (MetricComparison c : report.comparisons()) {
      html.append("<tr><td>")
          .append(Html.escape(c.benchmark()))
          .append("</td><td>")
          .append(Html.escape(c.metric()))
          .append("</td><td class=\"num\">")
          .append(
              Html.escape(
                  Double.isNaN(c.change().worsePercent())
                      ? "-"
                      : String.format(Locale.ROOT, "%+.2f%% worse", c.change().worsePercent())))
          .append("</td><td class=\"num\">")
          .append(Html.escape(Numbers.interval(c.change().ratioInterval())))
          .append("</td><td class=\"num\">")
          .append(
              c.significance().adjustedP() == null
                  ? "-"
                  : Html.escape(Numbers.format(c.significance().adjustedP())))
          .append("</td><td class=\"num\">")
          .append(
              c.significance().mannWhitneyP() == null
                  ? "-"
                  : Html.escape(Numbers.format(c.significance().mannWhitneyP())))
          .append("</td><td><span class=\"verdict ")
          .append(c.verdict().name())
          .append("\">")
          .append(c.verdict().name())
          .append("</span></td></tr>");
    }
    html.append("</tbody></table></div></section>");
  }

  static void environment(StringBuilder html, RunResult r) {
    EnvironmentInfo e = r.environment();
    html.append("<section id=\"environment\"><h2>Environment</h2>");
    if (e != null) {
      html.append("<div class=\"table-wrap\"><table><tbody>");
      row(html, "MFN Bench", e.mfnVersion());
      row(html, "JDK", e.jdkVersion() + " (" + e.jvmName() + ", " + e.jvmVendor() + ")");
      row(html, "OS", e.osName() + " " + e.osVersion() + " " + e.osArch());
      row(html, "CPU", e.cpuModel() + ", " + e.cores() + " cores");
      row(
          html,
          "Benchmark JVM flags",
          e.benchmarkJvmFlags() == null ? "-" : String.join(" ", e.benchmarkJvmFlags()));
      row(html, "Git commit", e.gitCommit());
      row(html, "Started / ended", e.startTime() + " / " + e.endTime());
      html.append("</tbody></table></div>");
      machineChecks(html, e.machineChecks());
    }
    html.append("</section>");
  }

  private static void machineChecks(StringBuilder html, List<MachineCheck> checks) {
    if (checks == null || checks.isEmpty()) {
      return;
    }
    html.append("<h3>Machine checks before the run</h3><div class=\"table-wrap\"><table>")
        .append("<thead><tr><th>check</th><th>status</th><th>value</th><th>why / fix</th></tr>")
        .append("</thead><tbody>");
    for (MachineCheck c : checks) {
      html.append("<tr><td>")
          .append(Html.escape(c.name()))
          .append("</td><td>")
          .append(Html.escape(c.status().name()))
          .append("</td><td>")
          .append(Html.escape(c.value()))
          .append("</td><td>")
          .append(
              Html.escape(
                  (c.reason() == null ? "" : c.reason())
                      + (c.fix() == null ? "" : "; fix: " + c.fix())))
          .append("</td></tr>");
    }
    html.append("</tbody></table></div>");
  }

  private static void row(StringBuilder html, String name, String value) {
    html.append("<tr><th scope=\"row\">")
        .append(Html.escape(name))
        .append("</th><td>")
        .append(Html.escape(value))
        .append("</td></tr>");
  }
}
