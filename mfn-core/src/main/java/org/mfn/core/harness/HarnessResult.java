package org.mfn.core.harness;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.IntervalStats;
import org.mfn.core.result.MetricResult;
import org.mfn.core.stats.SampleSummarizer;

/**
 * What a harness measurement found.
 *
 * @param config how it was measured
 * @param corrected latency from each call's intended start (at a fixed rate; else the service time)
 * @param uncorrected latency from each call's actual start
 * @param throughputPerSecond operations completed per second of recorded time
 * @param latencySamples {@code [round][interval]} mean latency (corrected), microseconds
 * @param throughputSamples {@code [round][interval]} operations per second
 * @param errors operations that threw
 * @param timeline {@code [round]} the round's intervals in order: throughput and corrected latency
 *     over time, as a fault's before, during and after are read from
 */
public record HarnessResult(
    HarnessConfig config,
    LatencySummary corrected,
    LatencySummary uncorrected,
    double throughputPerSecond,
    double[][] latencySamples,
    double[][] throughputSamples,
    long errors,
    List<List<IntervalStats>> timeline) {

  /** Copies the timeline. */
  public HarnessResult {
    timeline = timeline.stream().map(List::copyOf).toList();
  }

  /**
   * The result as a benchmark of results.json: the primary metric is the mean latency in {@code
   * us/op} with the runner's statistics over the rounds and intervals (so that reports, claims and
   * regression checks read it like any other); throughput ({@code ops/s}), the corrected
   * percentiles, the uncorrected p99 and the errors are secondary metrics.
   *
   * @param summarizer the runner's statistics (confidence level, bootstrap)
   * @param layer the layer it belongs to, or null
   * @param params its parameters (shown and compared like JMH's), may be empty
   * @return the benchmark result
   */
  public BenchmarkResult toBenchmarkResult(
      SampleSummarizer summarizer, Layer layer, Map<String, String> params) {
    long seed = config.name().hashCode();
    Map<String, MetricResult> secondary = new LinkedHashMap<>();
    secondary.put("throughput", metric(summarizer, "ops/s", throughputSamples, seed + 1));
    secondary.put("latency.p50", single(summarizer, "us", corrected.p50Micros()));
    secondary.put("latency.p99", single(summarizer, "us", corrected.p99Micros()));
    secondary.put("latency.p99.9", single(summarizer, "us", corrected.p999Micros()));
    secondary.put("latency.max", single(summarizer, "us", corrected.maxMicros()));
    secondary.put("latency.p99.uncorrected", single(summarizer, "us", uncorrected.p99Micros()));
    secondary.put("errors", single(summarizer, "#", errors));
    return new BenchmarkResult(
        config.name(),
        params,
        layer,
        config.name().substring(config.name().lastIndexOf('.') + 1),
        Role.MFN,
        "harness",
        config.fixedRate() ? "harness-fixed-rate" : "harness-closed-loop",
        config.threads(),
        config.rounds(),
        metric(summarizer, "us/op", latencySamples, seed),
        secondary,
        ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  private static MetricResult metric(
      SampleSummarizer summarizer, String unit, double[][] samples, long seed) {
    List<List<Double>> lists = new ArrayList<>();
    for (double[] round : samples) {
      List<Double> values = new ArrayList<>();
      for (double v : round) {
        values.add(v);
      }
      lists.add(values);
    }
    return new MetricResult(unit, lists, summarizer.summarize(samples, seed), List.of());
  }

  private static MetricResult single(SampleSummarizer summarizer, String unit, double value) {
    return new MetricResult(
        unit,
        List.of(List.of(value)),
        summarizer.summarize(new double[][] {{value}}, 0),
        List.of());
  }
}
