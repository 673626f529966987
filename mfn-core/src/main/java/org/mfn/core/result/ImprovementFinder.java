package org.mfn.core.result;

import java.util.ArrayList;
import java.util.List;
import org.mfn.core.stats.MetricUnits;
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
   * Finds and estimates every pair.
   *
   * @param results the run's results
   * @return one improvement per (MFN result, other result) pair, in result order
   */
  public List<Improvement> find(List<BenchmarkResult> results) {
    List<Improvement> improvements = new ArrayList<>();
    for (BenchmarkResult ours : results) {
      if (ours.role() != Role.MFN || ours.subject() == null) {
        continue;
      }
      for (BenchmarkResult other : results) {
        if (other.role() != Role.MFN
            && ours.subject().equals(other.subject())
            && ours.params().equals(other.params())
            && ours.primary().unit().equals(other.primary().unit())) {
          improvements.add(estimate(ours, other));
        }
      }
    }
    return improvements;
  }

  private Improvement estimate(BenchmarkResult ours, BenchmarkResult other) {
    boolean lowerIsBetter = MetricUnits.family(ours.primary().unit()).lowerIsBetter();
    Speedup s =
        Speedup.estimate(
            ours.primary().samplesArray(),
            other.primary().samplesArray(),
            lowerIsBetter,
            level,
            resamples,
            (ours.id() + "|" + other.id()).hashCode());
    return new Improvement(
        ours.subject(),
        ours.params(),
        ours.id(),
        other.id(),
        other.role(),
        s.value(),
        s.interval(),
        s.reductionPercent(),
        s.reductionInterval());
  }
}
