package org.mfn.report.ci;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.mfn.core.io.NonClosingOutputStream;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.core.stats.Statistics;
import org.mfn.report.Numbers;
import org.mfn.report.ReportRenderer;
import org.mfn.report.ReportRows;

/**
 * github-action-benchmark's custom formats: a JSON array of {@code {name, unit, value, range,
 * extra}}. The action compares every entry of a file in one direction, so lower-is-better results
 * (times) and higher-is-better results (rates) go to separate files ({@code customSmallerIsBetter}
 * and {@code customBiggerIsBetter}), and throughput is never inverted.
 */
public final class GithubActionBenchmarkExport implements ReportRenderer {
  private final boolean smallerIsBetter;

  private GithubActionBenchmarkExport(boolean smallerIsBetter) {
    this.smallerIsBetter = smallerIsBetter;
  }

  /** Returns the exporter of lower-is-better results. */
  public static GithubActionBenchmarkExport smallerIsBetter() {
    return new GithubActionBenchmarkExport(true);
  }

  /** Returns the exporter of higher-is-better results. */
  public static GithubActionBenchmarkExport biggerIsBetter() {
    return new GithubActionBenchmarkExport(false);
  }

  /** Only when some result's better direction is this file's: an empty file fails the action. */
  @Override
  public boolean hasContent(RunResult result) {
    return result.benchmarks().stream()
        .anyMatch(r -> ReportRows.lowerIsBetter(r) == smallerIsBetter);
  }

  @Override
  public void render(RunResult result, OutputStream out) throws IOException {
    ArrayNode entries = JsonNodeFactory.instance.arrayNode();
    for (BenchmarkResult r : result.benchmarks()) {
      if (ReportRows.lowerIsBetter(r) != smallerIsBetter) {
        continue;
      }
      Statistics s = r.primary().statistics();
      ObjectNode e = entries.addObject();
      e.put("name", r.id());
      e.put("unit", r.primary().unit());
      e.put("value", s.mean());
      if (s.ci() != null) {
        e.put("range", "± " + Numbers.format((s.ci().upper() - s.ci().lower()) / 2));
      }
      e.put(
          "extra",
          r.role() + " " + (r.implementation() == null ? "" : r.implementation()) + "; n=" + s.n());
    }
    ResultsJson.mapper().writeValue(new NonClosingOutputStream(out), entries);
  }
}
