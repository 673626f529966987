package org.mfn.core.result;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mfn.core.model.MetricUnits;
import org.mfn.core.model.Role;
import org.mfn.core.stats.Speedup;

/**
 * Pairs every MFN result with the BASELINE and PEER results of the same subject and parameters, and
 * estimates the speedup of each pair with its interval. Pairs are found by data (role, subject,
 * parameters), never by matching names. Immutable and thread-safe.
 */
public final class ImprovementFinder {
  private final double level;
  private final int resamples;

  /**
   * Creates a finder.
   *
   * @param level confidence level in (0, 1)
   * @param resamples bootstrap replicates per interval
   */
  public ImprovementFinder(double level, int resamples) {
    this.level = level;
    this.resamples = resamples;
  }

  /**
   * Finds and estimates every pair on the primary score.
   *
   * @param results the run's results
   * @return one improvement per (MFN result, other result) pair, in result order
   */
  public List<Improvement> find(List<BenchmarkResult> results) {
    return find(results, name -> List.of());
  }

  /**
   * Finds and estimates every pair: on the primary score, and on each secondary metric that the MFN
   * benchmark lists and both results report in the same unit.
   *
   * @param results the run's results
   * @param alsoCompare the secondary metrics to compare, by MFN benchmark name (without parameters)
   * @return the improvements, per (MFN result, other result) pair in result order: the score's
   *     first, then the listed metrics'
   */
  public List<Improvement> find(
      List<BenchmarkResult> results, Function<String, List<String>> alsoCompare) {
    List<Improvement> improvements = new ArrayList<>();
    for (BenchmarkResult ours : results) {
      if (ours.role() != Role.MFN || ours.subject() == null) {
        continue;
      }
      for (BenchmarkResult other : results) {
        if ((other.role() == Role.BASELINE || other.role() == Role.PEER)
            && ours.subject().equals(other.subject())
            && ours.params().equals(other.params())
            && ours.primary().unit().equals(other.primary().unit())) {
          improvements.add(estimate(ours, other, null, ours.primary(), other.primary()));
          for (String metric : alsoCompare.apply(ours.benchmark())) {
            MetricResult a = ours.secondary().get(metric);
            MetricResult b = other.secondary().get(metric);
            if (a != null && b != null && a.unit().equals(b.unit())) {
              improvements.add(estimate(ours, other, metric, a, b));
            }
          }
        }
      }
    }
    return improvements;
  }

  private Improvement estimate(
      BenchmarkResult ours,
      BenchmarkResult other,
      String metric,
      MetricResult oursMetric,
      MetricResult otherMetric) {
    boolean lowerIsBetter = MetricUnits.family(oursMetric.unit()).lowerIsBetter();
    Speedup s =
        Speedup.estimate(
            oursMetric.samplesArray(),
            otherMetric.samplesArray(),
            lowerIsBetter,
            level,
            resamples,
            (ours.id() + "|" + other.id() + "|" + metric).hashCode());
    return new Improvement(
        ours.subject(),
        ours.params(),
        ours.id(),
        other.id(),
        other.role(),
        metric,
        s.value(),
        s.interval(),
        s.reductionPercent(),
        s.reductionInterval());
  }
}
