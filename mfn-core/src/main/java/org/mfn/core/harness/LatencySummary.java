package org.mfn.core.harness;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of a latency distribution, microseconds.
 *
 * @param count operations recorded
 * @param meanMicros the mean
 * @param p50Micros the median
 * @param p90Micros the 90th percentile
 * @param p99Micros the 99th percentile
 * @param p999Micros the 99.9th percentile
 * @param maxMicros the largest
 */
public record LatencySummary(
    long count,
    double meanMicros,
    double p50Micros,
    double p90Micros,
    double p99Micros,
    double p999Micros,
    double maxMicros) {

  /** Summarises a histogram of nanoseconds. */
  static LatencySummary of(Histogram nanos) {
    return new LatencySummary(
        nanos.getTotalCount(),
        nanos.getMean() / 1e3,
        nanos.getValueAtPercentile(50) / 1e3,
        nanos.getValueAtPercentile(90) / 1e3,
        nanos.getValueAtPercentile(99) / 1e3,
        nanos.getValueAtPercentile(99.9) / 1e3,
        nanos.getMaxValue() / 1e3);
  }
}
