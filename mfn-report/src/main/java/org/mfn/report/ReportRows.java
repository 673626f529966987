package org.mfn.report;

import java.util.Map;
import java.util.stream.Collectors;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.MetricResult;
import org.mfn.core.stats.MetricUnits;

/** Small shared helpers of the renderers: names and units. Stateless. */
public final class ReportRows {
  /** JMH's allocation metric. */
  public static final String ALLOCATION = "gc.alloc.rate.norm";

  private ReportRows() {}

  /** Returns {@code Class.method} of a benchmark name. */
  public static String shortName(String benchmark) {
    int method = benchmark.lastIndexOf('.');
    int type = benchmark.lastIndexOf('.', method - 1);
    return benchmark.substring(type + 1);
  }

  /** Returns parameters as {@code a=1;b=2}, or an empty string. */
  public static String params(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(";"));
  }

  /** Returns the allocation per operation, or null. */
  public static Double allocation(BenchmarkResult r) {
    MetricResult m = r.secondary().get(ALLOCATION);
    return m == null ? null : m.statistics().mean();
  }

  /** Tells whether a result's primary unit is better when lower. */
  public static boolean lowerIsBetter(BenchmarkResult r) {
    return MetricUnits.family(r.primary().unit()).lowerIsBetter();
  }

  /**
   * Counts verdicts in a fixed order, e.g. {@code PASS 4, FAIL 2, NOT_MEASURED 20}.
   *
   * @param verdicts the verdicts
   * @return the counts of the verdicts that occur, or {@code none}
   */
  public static String verdictCounts(java.util.Collection<org.mfn.core.target.Verdict> verdicts) {
    java.util.Map<org.mfn.core.target.Verdict, Integer> counts =
        new java.util.EnumMap<>(org.mfn.core.target.Verdict.class);
    verdicts.forEach(v -> counts.merge(v, 1, Integer::sum));
    if (counts.isEmpty()) {
      return "none";
    }
    java.util.StringJoiner joined = new java.util.StringJoiner(", ");
    counts.forEach((v, n) -> joined.add(v.name() + " " + n));
    return joined.toString();
  }

  /**
   * The claims in the order every report shows them: measured claims first, NOT_MEASURED last,
   * otherwise in catalogue order (a stable sort).
   *
   * @param targets the verdicts, in catalogue order
   * @return a new list
   */
  public static java.util.List<org.mfn.core.target.TargetVerdict> measuredFirst(
      java.util.List<org.mfn.core.target.TargetVerdict> targets) {
    return targets.stream()
        .sorted(
            java.util.Comparator.comparing(
                t -> t.verdict() == org.mfn.core.target.Verdict.NOT_MEASURED))
        .toList();
  }

  /**
   * The one line every report puts above its claims table, over every claim of the run, e.g. {@code
   * Verdicts of 26 claims: PASS 4, FAIL 2, NOT_MEASURED 20}.
   *
   * @param targets every verdict of the run
   * @return the line
   */
  public static String verdictLine(java.util.List<org.mfn.core.target.TargetVerdict> targets) {
    return "Verdicts of "
        + targets.size()
        + (targets.size() == 1 ? " claim: " : " claims: ")
        + verdictCounts(targets.stream().map(org.mfn.core.target.TargetVerdict::verdict).toList());
  }
}
