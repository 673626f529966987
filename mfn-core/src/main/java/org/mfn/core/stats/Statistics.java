package org.mfn.core.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Summary statistics of one metric's samples, in the metric's unit.
 *
 * @param n number of samples (all forks' measurement iterations)
 * @param mean arithmetic mean
 * @param median median of the samples
 * @param stdev sample standard deviation (n - 1), or null when {@code n < 2}
 * @param min smallest sample
 * @param max largest sample
 * @param percentiles distribution percentiles ({@code p50}, {@code p90}, {@code p99}, {@code
 *     p99.9}) when the mode records a distribution (JMH's sample mode), else null
 * @param ci hierarchical-bootstrap interval of the mean, or null when {@code n < 2}
 * @param ciStudentT Student-t interval of the mean over all samples (what JMH prints), or null
 * @param outliers samples outside Tukey's fences (counted, kept), or null when {@code n < 4}
 * @param steadyState whether the iterations had settled (null for derived metrics)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Statistics(
    int n,
    double mean,
    double median,
    Double stdev,
    double min,
    double max,
    Map<String, Double> percentiles,
    ConfidenceInterval ci,
    ConfidenceInterval ciStudentT,
    Outliers outliers,
    SteadyState steadyState) {

  /** Returns a copy with distribution percentiles set. */
  public Statistics withPercentiles(Map<String, Double> values) {
    return new Statistics(
        n, mean, median, stdev, min, max, values, ci, ciStudentT, outliers, steadyState);
  }
}
