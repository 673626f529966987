package org.mfn.report.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.run.RunResult;
import org.mfn.core.stats.Statistics;
import org.mfn.report.ReportRenderer;
import org.mfn.report.ReportRows;

/**
 * {@code results.csv}: one row per benchmark and parameter set, with stable columns ({@link
 * #HEADER}); RFC 4180 quoting by commons-csv. Empty cells where a value does not exist.
 */
public final class CsvReport implements ReportRenderer {
  /** The columns, in order. Add new columns at the end only. */
  public static final String[] HEADER = {
    "benchmark", "params", "layer", "subject", "role", "implementation", "mode", "unit", "forks",
    "samples", "mean", "median", "stdev", "min", "max", "ci_level", "ci_lower", "ci_upper",
    "alloc_bytes_per_op", "steady_state", "outliers"
  };

  @Override
  public void render(RunResult result, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer =
        new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    for (BenchmarkResult r : result.benchmarks()) {
      Statistics s = r.primary().statistics();
      printer.printRecord(
          text(r.benchmark()),
          text(ReportRows.params(r.params())),
          r.layer(),
          text(r.subject()),
          r.role(),
          text(r.implementation()),
          text(r.mode()),
          text(r.primary().unit()),
          r.forks(),
          s.n(),
          s.mean(),
          s.median(),
          s.stdev(),
          s.min(),
          s.max(),
          s.ci() == null ? null : s.ci().level(),
          s.ci() == null ? null : s.ci().lower(),
          s.ci() == null ? null : s.ci().upper(),
          ReportRows.allocation(r),
          s.steadyState() == null ? null : s.steadyState().status(),
          s.outliers() == null ? null : s.outliers().total());
    }
    printer.flush();
  }

  /**
   * A text cell that a spreadsheet will not run as a formula: a leading {@code =}, {@code +},
   * {@code -}, {@code @}, tab or carriage return gets a {@code '} in front (OWASP's advice for CSV
   * injection). Numbers are written as numbers and are not passed here.
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }
}
