package org.mfn.runner.jmh;

import java.util.List;
import java.util.Map;

/**
 * One metric as JMH recorded it.
 *
 * @param unit the unit, e.g. {@code ns/op}
 * @param rawData per fork, per measurement iteration
 * @param percentiles JMH's score percentiles by percent ({@code 50.0}, {@code 99.9}), empty when
 *     the mode has none
 */
public record JmhMetric(
    String unit,
    List<List<Double>> rawData,
    Map<Double, Double> percentiles,
    List<List<Double>> weights) {

  /** A metric whose iterations count alike (every mode but sample mode). */
  public JmhMetric(String unit, List<List<Double>> rawData, Map<Double, Double> percentiles) {
    this(unit, rawData, percentiles, null);
  }
}
