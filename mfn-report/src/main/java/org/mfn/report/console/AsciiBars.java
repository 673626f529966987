package org.mfn.report.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mfn.core.model.Layer;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.Improvement;
import org.mfn.report.ChartMetric;
import org.mfn.report.Numbers;

/**
 * A plain-ASCII bar chart of MFN against its baselines and peers, per layer: one group per subject
 * and parameter set, one bar per implementation, scaled to the group's largest mean. Uses only
 * {@code #}, so it reads the same in a terminal, a CI log and a file.
 */
public final class AsciiBars {
  private static final int WIDTH = 40;

  private AsciiBars() {}

  /**
   * Renders the chart, each group on the metric its comparison is about ({@link ChartMetric}).
   *
   * @param results every result of the run
   * @param improvements the run's improvements (they name the secondary metrics compared)
   * @return the chart, or an empty string when no subject has more than one implementation
   */
  public static String render(List<BenchmarkResult> results, List<Improvement> improvements) {
    StringBuilder sb = new StringBuilder();
    for (Layer layer : Layer.values()) {
      Map<String, List<BenchmarkResult>> groups = new LinkedHashMap<>();
      for (BenchmarkResult r : results) {
        if (r.layer() == layer && r.subject() != null) {
          groups.computeIfAbsent(r.subject() + " " + r.params(), k -> new ArrayList<>()).add(r);
        }
      }
      StringBuilder layerText = new StringBuilder();
      groups.forEach(
          (title, group) -> {
            ChartMetric metric = ChartMetric.of(group, improvements);
            if (group.size() > 1
                && group.stream().map(b -> metric.of(b).unit()).distinct().count() == 1) {
              layerText
                  .append("  ")
                  .append(title)
                  .append(metric.name() == null ? "" : " (" + metric.label() + ")")
                  .append('\n');
              double max =
                  group.stream().mapToDouble(b -> metric.of(b).statistics().mean()).max().orElse(1);
              int labelWidth =
                  group.stream()
                      .mapToInt(b -> b.methodName().length() + b.role().name().length() + 3)
                      .max()
                      .orElse(10);
              for (BenchmarkResult b : group) {
                String label = b.methodName() + " (" + b.role() + ")";
                double mean = metric.of(b).statistics().mean();
                int bar = max <= 0 ? 0 : (int) Math.round(mean / max * WIDTH);
                layerText
                    .append("    ")
                    .append(label)
                    .append(" ".repeat(labelWidth - label.length() + 1))
                    .append("#".repeat(Math.max(1, bar)))
                    .append(' ')
                    .append(Numbers.format(mean))
                    .append(' ')
                    .append(metric.of(b).unit())
                    .append('\n');
              }
            }
          });
      if (layerText.length() > 0) {
        sb.append(layer.title()).append('\n').append(layerText);
      }
    }
    return sb.toString();
  }
}
