package org.mfn.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.mfn.core.stats.Statistics;

/**
 * One metric of a benchmark (the primary score or a secondary such as {@code gc.alloc.rate.norm} or
 * {@code hitRate}): its unit, raw samples and statistics.
 *
 * @param unit the unit, e.g. {@code ns/op}
 * @param samples one list per fork, one value per measurement iteration, in run order
 * @param statistics statistics of the samples
 * @param warmup warm-up iteration scores per fork (JMH's JSON leaves them out; recorded live), or
 *     null when not recorded
 * @param weights per sample, the number of measurements behind it (JMH's sample mode: the samples
 *     are the iterations' histogram means), same shape as {@code samples}; null when every sample
 *     counts alike
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricResult(
    String unit,
    List<List<Double>> samples,
    Statistics statistics,
    List<List<Double>> warmup,
    List<List<Double>> weights) {

  /** A metric whose samples count alike. */
  public MetricResult(
      String unit, List<List<Double>> samples, Statistics statistics, List<List<Double>> warmup) {
    this(unit, samples, statistics, warmup, null);
  }

  /** Returns a copy with warm-up scores. */
  public MetricResult withWarmup(List<List<Double>> scores) {
    return new MetricResult(unit, samples, statistics, scores, weights);
  }

  /** Returns the weights as a {@code double[fork][iteration]} array, or null. */
  public double[][] weightsArray() {
    if (weights == null) {
      return null;
    }
    double[][] result = new double[weights.size()][];
    for (int f = 0; f < result.length; f++) {
      result[f] = weights.get(f).stream().mapToDouble(Double::doubleValue).toArray();
    }
    return result;
  }

  /** Returns the samples as a {@code double[fork][iteration]} array. */
  public double[][] samplesArray() {
    double[][] result = new double[samples.size()][];
    for (int f = 0; f < result.length; f++) {
      result[f] = samples.get(f).stream().mapToDouble(Double::doubleValue).toArray();
    }
    return result;
  }
}
