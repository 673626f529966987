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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricResult(
    String unit, List<List<Double>> samples, Statistics statistics, List<List<Double>> warmup) {

  /** Returns a copy with warm-up scores. */
  public MetricResult withWarmup(List<List<Double>> scores) {
    return new MetricResult(unit, samples, statistics, scores);
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
