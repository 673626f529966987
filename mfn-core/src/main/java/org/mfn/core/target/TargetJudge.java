package org.mfn.core.target;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.mfn.core.model.MetricUnits;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.MetricResult;
import org.mfn.core.stats.ConfidenceInterval;
import org.mfn.core.stats.Speedup;
import org.mfn.core.stats.Statistics;

/**
 * Gives every claim a verdict from measured results.
 *
 * <p>An absolute claim uses the metric's mean and its hierarchical-bootstrap interval, converted to
 * the claim's unit. A relative claim uses the direction-aware {@link Speedup} of the benchmark over
 * its reference, with a bootstrap interval of the ratio, mapped to the claim's percent. The verdict
 * comes from the interval ({@link Comparator#decide}); without an interval (fewer than two samples)
 * it is INCONCLUSIVE, and without a result NOT_MEASURED. Immutable and thread-safe.
 */
public final class TargetJudge {
  private final double level;
  private final int resamples;

  /**
   * Creates a judge.
   *
   * @param level confidence level of relative intervals, in (0, 1)
   * @param resamples bootstrap replicates of relative intervals
   */
  public TargetJudge(double level, int resamples) {
    this.level = level;
    this.resamples = resamples;
  }

  /**
   * Judges every claim.
   *
   * @param catalogue the claims
   * @param results every result of the run
   * @return one verdict per claim, in catalogue order
   */
  public List<TargetVerdict> judgeAll(TargetCatalogue catalogue, List<BenchmarkResult> results) {
    return catalogue.targets().stream().map(t -> judge(t, results)).toList();
  }

  /**
   * Judges one claim.
   *
   * @param target the claim
   * @param results every result of the run
   * @return its verdict
   */
  public TargetVerdict judge(Target target, List<BenchmarkResult> results) {
    List<BenchmarkResult> ours = matching(results, target.benchmark(), target.params());
    if (ours.size() != 1) {
      return unmeasured(
          target,
          target.benchmark(),
          ours.isEmpty()
              ? "its benchmark did not run with " + describe(target.params())
              : ours.size() + " results match; the catalogue must name all parameters");
    }
    BenchmarkResult result = ours.get(0);
    MetricResult metric = result.metric(target.metric());
    if (metric == null) {
      return unmeasured(target, result.id(), "the result has no metric '" + target.metric() + "'");
    }
    if (target.kind() == TargetKind.ABSOLUTE) {
      try {
        return absolute(target, result, metric);
      } catch (IllegalArgumentException unitMismatch) {
        // A benchmark that reports its metric in a unit the claim cannot be read in: the claim is
        // not measured, and the note says why; the run goes on.
        return unmeasured(target, result.id(), unitMismatch.getMessage());
      }
    }
    List<BenchmarkResult> refs =
        matching(results, target.reference(), target.effectiveReferenceParams());
    if (refs.size() != 1 || refs.get(0).metric(target.metric()) == null) {
      return unmeasured(
          target,
          result.id(),
          "its reference "
              + target.reference()
              + " did not run (baseline benchmarks run with --baseline)");
    }
    return relative(target, result, metric, refs.get(0));
  }

  private TargetVerdict absolute(Target target, BenchmarkResult result, MetricResult metric) {
    Statistics s = metric.statistics();
    double measured = MetricUnits.convert(s.mean(), metric.unit(), target.unit());
    ConfidenceInterval ci =
        s.ci() == null
            ? null
            : s.ci().map(true, v -> MetricUnits.convert(v, metric.unit(), target.unit()));
    return decided(target, result.id(), null, measured, ci, "mean of " + s.n() + " samples");
  }

  private TargetVerdict relative(
      Target target, BenchmarkResult result, MetricResult metric, BenchmarkResult ref) {
    MetricResult refMetric = ref.metric(target.metric());
    double[][] refSamples = refMetric.samplesArray();
    for (double[] fork : refSamples) {
      for (int i = 0; i < fork.length; i++) {
        fork[i] = MetricUnits.convert(fork[i], refMetric.unit(), metric.unit());
      }
    }
    boolean lowerIsBetter = MetricUnits.family(metric.unit()).lowerIsBetter();
    long seed = (result.id() + "|" + ref.id()).hashCode();
    Speedup speedup =
        Speedup.estimate(metric.samplesArray(), refSamples, lowerIsBetter, level, resamples, seed);
    TargetKind kind = target.kind();
    ConfidenceInterval ci =
        speedup.interval() == null
            ? null
            : speedup.interval().map(kind.increasingInSpeedup(), kind::fromSpeedup);
    String note = String.format(Locale.ROOT, "speedup %.3fx over the reference", speedup.value());
    return decided(target, result.id(), ref.id(), kind.fromSpeedup(speedup.value()), ci, note);
  }

  private static TargetVerdict decided(
      Target t,
      String benchmark,
      String reference,
      double measured,
      ConfidenceInterval ci,
      String note) {
    Verdict verdict =
        ci == null
            ? Verdict.INCONCLUSIVE
            : t.comparator().decide(ci.lower(), ci.upper(), t.threshold());
    String why = ci == null ? note + "; too few samples for an interval" : note;
    return new TargetVerdict(
        t.id(),
        t.layer(),
        t.claim(),
        t.thresholdText(),
        verdict,
        measured,
        ci,
        t.unit(),
        benchmark,
        reference,
        why,
        t.informational(),
        t.workload());
  }

  private static TargetVerdict unmeasured(Target t, String benchmark, String note) {
    return new TargetVerdict(
        t.id(),
        t.layer(),
        t.claim(),
        t.thresholdText(),
        Verdict.NOT_MEASURED,
        null,
        null,
        t.unit(),
        benchmark,
        t.reference(),
        note,
        t.informational(),
        t.workload());
  }

  private static List<BenchmarkResult> matching(
      List<BenchmarkResult> results, String benchmark, Map<String, String> params) {
    return results.stream()
        .filter(r -> r.benchmark().equals(benchmark) && r.hasParams(params))
        .toList();
  }

  private static String describe(Map<String, String> params) {
    return params.isEmpty() ? "its default parameters" : "parameters " + new TreeMap<>(params);
  }
}
