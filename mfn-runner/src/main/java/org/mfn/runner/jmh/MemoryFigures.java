package org.mfn.runner.jmh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mfn.core.memory.LeakDetector;
import org.mfn.core.memory.LeakReport;

/**
 * Reads the leak trend out of {@link MemoryProfiler}'s retained-heap figures: per fork, the slope
 * of the heap retained after each measurement iteration ({@link LeakDetector#judge}), reported as
 * the secondary metrics {@value #SLOPE} (bytes per iteration, one value per fork) and {@value
 * #SUSPECTED} (1 for a fork whose retained heap grows by more than {@value
 * LeakDetector#DEFAULT_MIN_GROWTH_BYTES} bytes with its 95% interval above zero, else 0). A fork
 * with fewer than 3 iterations has no trend and is left out.
 */
final class MemoryFigures {
  /** Slope of the retained heap per measurement iteration, bytes. */
  static final String SLOPE = MemoryProfiler.PREFIX + "leakSlopeBytes";

  /** 1 when a fork's retained heap is a suspected leak, else 0. */
  static final String SUSPECTED = MemoryProfiler.PREFIX + "leakSuspected";

  private MemoryFigures() {}

  /**
   * Derives the leak metrics.
   *
   * @param retained the retained-heap samples, per fork
   * @return the metrics by name (empty when no fork has 3 iterations)
   */
  static Map<String, JmhMetric> leakMetrics(JmhMetric retained) {
    LeakDetector detector = new LeakDetector(0, 3, LeakDetector.DEFAULT_MIN_GROWTH_BYTES, 0.95);
    List<List<Double>> slopes = new ArrayList<>();
    List<List<Double>> suspected = new ArrayList<>();
    for (List<Double> fork : retained.rawData()) {
      long[] values =
          fork.stream()
              .filter(v -> v != null && Double.isFinite(v))
              .mapToLong(Math::round)
              .toArray();
      if (values.length < 3) {
        continue;
      }
      LeakReport report = detector.judge(values);
      slopes.add(List.of(report.slopeBytesPerRound()));
      suspected.add(List.of(report.suspected() ? 1.0 : 0.0));
    }
    Map<String, JmhMetric> metrics = new LinkedHashMap<>();
    if (!slopes.isEmpty()) {
      metrics.put(SLOPE, new JmhMetric("B", slopes, Map.of(), null));
      metrics.put(SUSPECTED, new JmhMetric("#", suspected, Map.of(), null));
    }
    return metrics;
  }
}
