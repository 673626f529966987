package org.mfn.report;

import java.util.List;
import java.util.Optional;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.Improvement;
import org.mfn.core.result.MetricResult;

/**
 * Which metric a chart of one comparison group (a subject under one parameter set: ours, its
 * baselines and peers) plots: the metric the comparison is about. Where the MFN benchmark names a
 * secondary metric to set side by side ({@code @Measures(alsoCompare)}, e.g. bytes per flow for a
 * memory benchmark whose score is a build time, or the hit rate of a cache replay), that metric;
 * otherwise the primary score.
 *
 * @param name the secondary metric's name, or null for the primary score
 */
public record ChartMetric(String name) {
  /** The primary score. */
  public static final ChartMetric PRIMARY = new ChartMetric(null);

  /**
   * Chooses the metric of a group: the first secondary metric that an improvement of the group's
   * subject and parameters compares, if every result of the group reports it.
   *
   * @param group results of one subject and parameter set
   * @param improvements the run's improvements
   * @return the metric to plot
   */
  public static ChartMetric of(List<BenchmarkResult> group, List<Improvement> improvements) {
    if (group.isEmpty()) {
      return PRIMARY;
    }
    BenchmarkResult first = group.get(0);
    Optional<String> secondary =
        improvements.stream()
            .filter(i -> i.metric() != null)
            .filter(i -> i.subject().equals(first.subject()) && i.params().equals(first.params()))
            .map(Improvement::metric)
            .findFirst();
    if (secondary.isPresent()
        && group.stream().allMatch(r -> r.secondary().containsKey(secondary.get()))) {
      return new ChartMetric(secondary.get());
    }
    return PRIMARY;
  }

  /**
   * Returns this metric of a result.
   *
   * @param result a result of the group
   * @return the metric, or the primary score
   */
  public MetricResult of(BenchmarkResult result) {
    return name == null ? result.primary() : result.secondary().get(name);
  }

  /** Returns a label for a chart title, e.g. {@code perFlowBytes} or {@code score}. */
  public String label() {
    return name == null ? "score" : name;
  }
}
