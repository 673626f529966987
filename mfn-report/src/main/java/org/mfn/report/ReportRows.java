package org.mfn.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.mfn.core.model.MetricUnits;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.Improvement;
import org.mfn.core.result.MetricResult;
import org.mfn.core.stats.Statistics;
import org.mfn.core.stats.SteadyState;
import org.mfn.core.target.TargetVerdict;
import org.mfn.core.target.Verdict;

/** Small shared helpers of the renderers: names, units, other metrics and warnings. Stateless. */
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
  public static String verdictCounts(Collection<Verdict> verdicts) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    verdicts.forEach(v -> counts.merge(v, 1, Integer::sum));
    if (counts.isEmpty()) {
      return "none";
    }
    StringJoiner joined = new StringJoiner(", ");
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
  public static List<TargetVerdict> measuredFirst(List<TargetVerdict> targets) {
    return targets.stream()
        .sorted(Comparator.comparing(t -> t.verdict() == Verdict.NOT_MEASURED))
        .toList();
  }

  /**
   * The one line every report puts above its claims table, over every claim of the run, e.g. {@code
   * Verdicts of 26 claims: PASS 4, FAIL 2, NOT_MEASURED 20}.
   *
   * @param targets every verdict of the run
   * @return the line
   */
  public static String verdictLine(List<TargetVerdict> targets) {
    List<TargetVerdict> claims = targets.stream().filter(TargetVerdict::judged).toList();
    long informational = targets.size() - claims.size();
    return "Verdicts of "
        + claims.size()
        + (claims.size() == 1 ? " claim: " : " claims: ")
        + verdictCounts(claims.stream().map(TargetVerdict::verdict).toList())
        + (informational == 0
            ? ""
            : "; " + informational + " more reported for information, not judged");
  }

  /**
   * Names what an improvement compares: {@code score}, or the secondary metric's name.
   *
   * @param improvement the pair
   * @return the metric's name
   */
  public static String metricOf(Improvement improvement) {
    return improvement.metric() == null ? "score" : improvement.metric();
  }

  /** Secondary metrics people look for, in a fixed order, as {@code name mean unit}. */
  private static final String[][] NOTABLE = {{"hitRate", "hit rate"}, {"perFlowBytes", "per flow"}};

  /** Percentiles of a sample-mode score (JMH's own distribution), in this order. */
  public static final List<String> SAMPLE_PERCENTILES = List.of("p50", "p90", "p99", "p99.9");

  /**
   * The other metrics people look for, in one line: a sample-mode score's percentiles (JMH's own
   * histogram over every fork, the numbers JMH prints), then hit rate and bytes per flow, e.g.
   * {@code p50 18.1 us/op, p99 174 us/op, p99.9 2.18e+03 us/op}.
   *
   * @param r the result
   * @return the line, or an empty string
   */
  public static String otherMetrics(BenchmarkResult r) {
    StringBuilder sb = new StringBuilder();
    Map<String, Double> percentiles = r.primary().statistics().percentiles();
    if (percentiles != null) {
      for (String p : SAMPLE_PERCENTILES) {
        Double v = percentiles.get(p);
        if (v != null) {
          sb.append(sb.length() == 0 ? "" : ", ")
              .append(p)
              .append(' ')
              .append(Numbers.format(v))
              .append(' ')
              .append(r.primary().unit());
        }
      }
    }
    for (String[] metric : NOTABLE) {
      MetricResult m = r.secondary().get(metric[0]);
      if (m != null) {
        sb.append(sb.length() == 0 ? "" : ", ")
            .append(metric[1])
            .append(' ')
            .append(Numbers.format(m.statistics().mean()))
            .append(' ')
            .append(m.unit());
      }
    }
    return sb.toString();
  }

  /** Steady-state and outlier warnings of a primary score, or blank. */
  public static String warnings(Statistics s) {
    StringBuilder sb = new StringBuilder();
    if (s.steadyState() != null && s.steadyState().status() == SteadyState.Status.TRENDING) {
      sb.append(
          String.format(
              Locale.ROOT,
              "still trending (%+.1f%% over the iterations)",
              s.steadyState().driftPercent()));
    }
    if (s.outliers() != null && s.outliers().total() > 0) {
      sb.append(sb.length() == 0 ? "" : "; ")
          .append(s.outliers().total())
          .append(" outlier")
          .append(s.outliers().total() == 1 ? "" : "s")
          .append(s.outliers().severeLow() + s.outliers().severeHigh() > 0 ? " (some severe)" : "");
    }
    return sb.toString();
  }
}
