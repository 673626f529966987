package org.mfn.report.ci;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.mfn.core.io.NonClosingOutputStream;
import org.mfn.core.model.MetricUnits;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.core.stats.Statistics;
import org.mfn.report.ReportRenderer;
import org.mfn.report.ReportRows;

/**
 * {@code bencher.json} in the Bencher Metric Format: {@code {"name": {"measure": {"value",
 * "lower_value", "upper_value"}}}}. Times go to the {@code latency} measure in nanoseconds, rates
 * to {@code throughput} in operations per second, allocation to {@code allocation} in bytes per
 * operation; bounds are the 95% interval.
 */
public final class BencherExport implements ReportRenderer {

  @Override
  public void render(RunResult result, OutputStream out) throws IOException {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    for (BenchmarkResult r : result.benchmarks()) {
      ObjectNode measures = root.putObject(r.id());
      String unit = r.primary().unit();
      MetricUnits.Family family = MetricUnits.family(unit);
      Statistics s = r.primary().statistics();
      if (family == MetricUnits.Family.TIME_PER_OP) {
        put(measures.putObject("latency"), s, unit, "ns/op");
      } else if (family == MetricUnits.Family.RATE) {
        put(measures.putObject("throughput"), s, unit, "ops/s");
      }
      Double alloc = ReportRows.allocation(r);
      if (alloc != null) {
        measures.putObject("allocation").put("value", alloc);
      }
    }
    ResultsJson.mapper().writeValue(new NonClosingOutputStream(out), root);
  }

  private static void put(ObjectNode node, Statistics s, String from, String to) {
    node.put("value", MetricUnits.convert(s.mean(), from, to));
    if (s.ci() != null) {
      node.put("lower_value", MetricUnits.convert(s.ci().lower(), from, to));
      node.put("upper_value", MetricUnits.convert(s.ci().upper(), from, to));
    }
  }
}
