package org.mfn.report.output;

import java.util.List;
import java.util.Locale;
import org.mfn.report.ReportRenderer;
import org.mfn.report.ci.BencherExport;
import org.mfn.report.ci.GithubActionBenchmarkExport;
import org.mfn.report.csv.CsvReport;
import org.mfn.report.html.HtmlReport;
import org.mfn.report.junit.JunitXmlReport;
import org.mfn.report.markdown.MarkdownSummary;
import org.mfn.report.prometheus.PrometheusExport;

/** The report formats, their files in a run directory, and their renderers. */
public enum ReportFormat {
  /** One self-contained HTML file with charts, opening offline. */
  HTML("report.html", new HtmlReport()),
  /** One row per benchmark and parameter set, stable columns. */
  CSV("results.csv", new CsvReport()),
  /** Claims and regressions as Markdown tables, for a CI job summary. */
  MARKDOWN("summary.md", new MarkdownSummary()),
  /** Prometheus text exposition format. */
  PROMETHEUS("metrics.prom", new PrometheusExport()),
  /** One JUnit test case per claim. */
  JUNIT("targets-junit.xml", new JunitXmlReport()),
  /** Bencher Metric Format. */
  BENCHER("bencher.json", new BencherExport()),
  /** github-action-benchmark custom format, lower-is-better values. */
  GITHUB_SMALLER(
      "github-action-benchmark-smaller.json", GithubActionBenchmarkExport.smallerIsBetter()),
  /** github-action-benchmark custom format, higher-is-better values. */
  GITHUB_BIGGER(
      "github-action-benchmark-bigger.json", GithubActionBenchmarkExport.biggerIsBetter());

  private final String fileName;
  private final ReportRenderer renderer;

  ReportFormat(String fileName, ReportRenderer renderer) {
    this.fileName = fileName;
    this.renderer = renderer;
  }

  /** Returns the file name in a run directory. */
  public String fileName() {
    return fileName;
  }

  /** Returns the renderer. */
  public ReportRenderer renderer() {
    return renderer;
  }

  /** Returns the CLI name, e.g. {@code html}, {@code github-smaller}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Finds a format by its CLI name; {@code github} stands for both github-action files.
   *
   * @param name the name, any case
   * @return the formats it names
   * @throws IllegalArgumentException naming the valid names
   */
  public static List<ReportFormat> byName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("github")) {
      return List.of(GITHUB_SMALLER, GITHUB_BIGGER);
    }
    for (ReportFormat f : values()) {
      if (f.cliName().equals(n)
          || (f == MARKDOWN && n.equals("md"))
          || (f == PROMETHEUS && n.equals("prom"))) {
        return List.of(f);
      }
    }
    throw new IllegalArgumentException(
        "unknown report format '"
            + name
            + "'; formats are html, csv, markdown, prometheus, junit, bencher, github");
  }
}
