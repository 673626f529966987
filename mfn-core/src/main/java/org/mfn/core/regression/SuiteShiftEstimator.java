package org.mfn.core.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.mfn.core.stats.ConfidenceInterval;
import org.mfn.core.stats.RankTests;

/**
 * Estimates and tests how the suite's scores moved as a whole (see {@link SuiteShift}).
 *
 * <p>The test treats the benchmarks as the sample: their direction-aware log-changes are tested for
 * a common shift with the Wilcoxon signed-rank test (zero changes dropped; exact up to {@value
 * RankTests#EXACT_SIGNED_RANK_LIMIT} non-zero scores, normal approximation with tie and continuity
 * corrections above), and the shift is the Hodges-Lehmann estimate with its distribution-free
 * interval. It needs no per-benchmark variance, so it works on single-fork runs, and a handful of
 * very noisy benchmarks cannot carry it.
 *
 * <p>The verdict follows the rule of every metric ({@link ChangeRule}): REGRESSED when the whole
 * interval lies beyond the threshold, UNCHANGED only when it lies within it, INCONCLUSIVE
 * otherwise. The interval treats the benchmarks as independent, but two runs also differ by a shift
 * common to all of them, the machine's state (CPU frequency, neighbours on a shared host), which
 * two runs cannot estimate: on a shared two-core VM, whole single-fork smoke runs made minutes
 * apart differed by up to 10% in their typical score. The threshold is the margin that absorbs it.
 * Stateless and thread-safe.
 */
public final class SuiteShiftEstimator {
  /**
   * The fewest scores tested: with six, the exact two-sided signed-rank test can reach p = 1/32;
   * with five its smallest p-value is 1/16, which no usual level can call significant.
   */
  public static final int MIN_SCORES = 6;

  private static final int MOST_AFFECTED = 5;

  private final ComparisonSettings settings;

  /**
   * Creates an estimator.
   *
   * @param settings the threshold and level the verdict uses
   */
  public SuiteShiftEstimator(ComparisonSettings settings) {
    this.settings = settings;
  }

  /**
   * Estimates the shift of the scores among {@code comparisons}.
   *
   * @param comparisons a comparison's metrics; only the scores with a positive, finite ratio count
   * @return the shift, or null when fewer than {@link #MIN_SCORES} scores count
   */
  public SuiteShift estimate(List<MetricComparison> comparisons) {
    List<MetricComparison> scores =
        comparisons.stream()
            .filter(c -> "score".equals(c.metric()))
            .filter(c -> c.change().ratio() > 0 && Double.isFinite(c.change().ratio()))
            .toList();
    int n = scores.size();
    if (n < MIN_SCORES) {
      return null;
    }
    double[] worse = scores.stream().mapToDouble(SuiteShiftEstimator::worseLog).toArray();
    double p = signedRankP(worse);
    double[] walsh = walshAverages(worse);
    double estimate = median(walsh);
    int k = lowerOrderStatistic(n, walsh.length);
    ConfidenceInterval interval =
        new ConfidenceInterval(
            settings.level(),
            toPercent(walsh[k]),
            toPercent(walsh[walsh.length - 1 - k]),
            "hodges-lehmann-signed-rank");
    double percent = toPercent(estimate);
    ChangeVerdict verdict = new ChangeRule(settings).decide(interval);
    int worseCount = (int) Arrays.stream(worse).filter(d -> d > 0).count();
    int betterCount = (int) Arrays.stream(worse).filter(d -> d < 0).count();
    return new SuiteShift(
        n,
        percent,
        interval,
        p,
        worseCount,
        betterCount,
        mostAffected(scores, verdict),
        verdict,
        note(n, percent, interval, p, worseCount, betterCount, verdict));
  }

  /** The log-change of a score, positive when the new run is worse. */
  private static double worseLog(MetricComparison c) {
    double log = Math.log(c.change().ratio());
    return c.lowerIsBetter() ? log : -log;
  }

  private static double toPercent(double worseLog) {
    return Math.expm1(worseLog) * 100;
  }

  /** The two-sided signed-rank p-value of "no shift" ({@link RankTests#signedRankP}). */
  static double signedRankP(double[] worse) {
    return RankTests.signedRankP(worse);
  }

  /** The n(n+1)/2 averages of every pair (each value with itself included), sorted. */
  static double[] walshAverages(double[] values) {
    int n = values.length;
    double[] walsh = new double[n * (n + 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        walsh[k++] = (values[i] + values[j]) / 2;
      }
    }
    Arrays.sort(walsh);
    return walsh;
  }

  /**
   * The 0-based index of the interval's lower bound among the sorted Walsh averages: the
   * signed-rank statistic's lower critical value (normal approximation), so the interval holds the
   * averages from index {@code k} to {@code m - 1 - k}.
   */
  private int lowerOrderStatistic(int n, int m) {
    double z =
        new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - settings.alpha() / 2);
    double mean = n * (n + 1) / 4.0;
    double sd = Math.sqrt(n * (n + 1) * (2.0 * n + 1) / 24);
    int k = (int) Math.floor(mean - z * sd);
    return Math.max(0, Math.min(k, (m - 1) / 2));
  }

  private static double median(double[] sorted) {
    return StatUtils.percentile(sorted, 50);
  }

  private static List<String> mostAffected(List<MetricComparison> scores, ChangeVerdict verdict) {
    if (verdict != ChangeVerdict.REGRESSED && verdict != ChangeVerdict.IMPROVED) {
      return List.of();
    }
    Comparator<MetricComparison> byWorse =
        Comparator.comparingDouble(SuiteShiftEstimator::worseLog);
    List<MetricComparison> sorted = new ArrayList<>(scores);
    sorted.sort(verdict == ChangeVerdict.REGRESSED ? byWorse.reversed() : byWorse);
    return sorted.stream()
        .limit(MOST_AFFECTED)
        .map(c -> String.format(Locale.ROOT, "%s (%+.1f%%)", c.benchmark(), toPercent(worseLog(c))))
        .toList();
  }

  private String note(
      int n,
      double percent,
      ConfidenceInterval interval,
      double p,
      int worseCount,
      int betterCount,
      ChangeVerdict verdict) {
    String summary =
        String.format(
            Locale.ROOT,
            "typical score %.2f%% %s (%.0f%% CI %.2f%% to %.2f%% worse), %d of %d scores worse and"
                + " %d better, Wilcoxon signed-rank p %.3g (threshold %.3g%%)",
            Math.abs(percent),
            percent >= 0 ? "worse" : "better",
            100 * settings.level(),
            interval.lower(),
            interval.upper(),
            worseCount,
            n,
            betterCount,
            p,
            settings.thresholdPercent());
    return switch (verdict) {
      case REGRESSED ->
          "the suite as a whole is worse: "
              + summary
              + ". A change that affects everything, or a slower machine than the baseline's:"
              + " compare with a baseline run on this machine to tell them apart";
      case IMPROVED -> "the suite as a whole is better: " + summary;
      case UNCHANGED -> "no shift of the suite as a whole: " + summary;
      default ->
          "the suite's shift cannot be told from no change or from one beyond the threshold: "
              + summary;
    };
  }
}
