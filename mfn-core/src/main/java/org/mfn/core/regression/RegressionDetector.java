package org.mfn.core.regression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import org.mfn.core.model.MetricUnits;
import org.mfn.core.regression.ChangeEstimator.Pair;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.MetricResult;
import org.mfn.core.stats.ConfidenceInterval;
import org.mfn.core.stats.RankTests;

/**
 * Compares two runs benchmark by benchmark: the primary score and, where both runs have it, the
 * allocation per operation ({@code gc.alloc.rate.norm}).
 *
 * <p>Results are matched by benchmark, parameters, mode and threads ({@link ResultKey}); units are
 * converted within a family (us/op against ns/op) and refused across families. Each metric's change
 * is estimated with a Student-t interval of the log ratio of the runs' means of fork means ({@link
 * ChangeEstimator}: fork-to-fork variance moderated toward the suite's, or for single forks the
 * suite's run-to-run spread) and judged by one rule ({@link ChangeRule}): REGRESSED or IMPROVED
 * when the interval lies beyond the threshold (significance adjusted across the comparison by
 * Benjamini-Hochberg, false-discovery rate {@code 1 - level}), UNCHANGED only when it lies within
 * the threshold, INCONCLUSIVE otherwise, with the smallest change the data could have detected.
 *
 * <p>Allocation: changes under one byte per operation are JMH's accounting noise and count as none.
 * Whether escape analysis removes an allocation is decided anew in every JVM (Guava's Bloom filter
 * query allocates 176 B in one fork and 192 B in the next), so an allocation change seen in single
 * forks is NOT_JUDGED: shown, never REGRESSED, IMPROVED or INCONCLUSIVE.
 *
 * <p>Besides each metric, the scores are tested together for a shift of the suite as a whole
 * ({@link SuiteShift}), with the same rule. Welch's t, the Mann-Whitney U test (exact for small
 * samples) and Hedges' g on fork means (iterations for single forks) are reported beside each
 * metric for reference; the verdict does not rest on them.
 */
public final class RegressionDetector {
  /** The allocation metric of JMH's GC profiler. */
  public static final String ALLOCATION = "gc.alloc.rate.norm";

  /** Degrees of freedom of the t against which single-fork scores are judged. */
  public static final int SUITE_NOISE_DF = ChangeEstimator.SUITE_NOISE_DF;

  /** The fewest single-fork scores from which the suite's run-to-run noise is estimated. */
  public static final int MIN_SUITE = ChangeEstimator.MIN_SUITE;

  private static final double MIN_ALLOCATION_CHANGE_BYTES = 1.0;

  private final ComparisonSettings settings;
  private final ChangeRule rule;

  /**
   * Creates a detector.
   *
   * @param settings threshold and confidence level
   */
  public RegressionDetector(ComparisonSettings settings) {
    this.settings = settings;
    this.rule = new ChangeRule(settings);
  }

  /**
   * Compares two runs.
   *
   * @param old the baseline run's results
   * @param now the new run's results
   * @return the comparison, with benchmarks present in only one run listed, not compared
   * @throws IllegalArgumentException if a run holds one result twice, or a metric's units cannot be
   *     converted into each other
   */
  public ComparisonReport compare(List<BenchmarkResult> old, List<BenchmarkResult> now) {
    Map<ResultKey, BenchmarkResult> oldByKey = ResultKey.index(old, "old");
    Map<ResultKey, BenchmarkResult> newByKey = ResultKey.index(now, "new");
    List<ResultKey> allKeys = new ArrayList<>(oldByKey.keySet());
    allKeys.addAll(newByKey.keySet());
    Map<ResultKey, String> labels = ResultKey.labels(allKeys);
    List<Pair> pairs = new ArrayList<>(); // each benchmark's score, then its allocation
    List<MetricComparison> failures = new ArrayList<>();
    List<String> onlyInNew = new ArrayList<>();
    for (Map.Entry<ResultKey, BenchmarkResult> e : newByKey.entrySet()) {
      BenchmarkResult n = e.getValue();
      BenchmarkResult o = oldByKey.remove(e.getKey());
      String label = labels.get(e.getKey());
      if (o == null) {
        onlyInNew.add(label);
        continue;
      }
      if (failed(o) || failed(n)) {
        failures.add(failure(label, o, n));
        continue;
      }
      pairs.add(pair(label, "score", o.primary(), n.primary()));
      MetricResult oldAlloc = o.secondary().get(ALLOCATION);
      MetricResult newAlloc = n.secondary().get(ALLOCATION);
      if (oldAlloc != null && newAlloc != null) {
        pairs.add(pair(label, ALLOCATION, oldAlloc, newAlloc));
      }
    }
    List<String> onlyInOld = oldByKey.keySet().stream().map(labels::get).toList();
    List<MetricComparison> judged = new ArrayList<>(judge(pairs));
    judged.addAll(failures);
    return new ComparisonReport(
        settings,
        judged,
        new SuiteShiftEstimator(settings).estimate(judged),
        onlyInOld,
        onlyInNew,
        "Benjamini-Hochberg over "
            + judged.stream().filter(c -> c.significance().adjustedP() != null).count()
            + " tested metrics, false-discovery rate "
            + String.format(Locale.ROOT, "%.3g", settings.alpha()));
  }

  /** Tells whether a result has no finite score: its benchmark failed in that run. */
  static boolean failed(BenchmarkResult r) {
    return r.primary().samples().stream().flatMap(List::stream).noneMatch(Double::isFinite);
  }

  private static MetricComparison failure(String label, BenchmarkResult o, BenchmarkResult n) {
    String run = failed(o) && failed(n) ? "both runs" : failed(n) ? "the new run" : "the old run";
    double oldMean = failed(o) ? Double.NaN : mean(o.primary().samplesArray());
    double newMean = failed(n) ? Double.NaN : mean(n.primary().samplesArray());
    return new MetricComparison(
        label,
        "score",
        n.primary().unit(),
        MetricUnits.family(n.primary().unit()).lowerIsBetter(),
        new Change(oldMean, newMean, newMean / oldMean, null, Double.NaN),
        Significance.NONE,
        new Judgement(
            ChangeVerdict.FAILED,
            "the benchmark failed in " + run + ": no finite score (NaN), nothing to compare",
            null));
  }

  private static Pair pair(String label, String metric, MetricResult old, MetricResult now) {
    double[][] o = inUnitOf(label, metric, old, now);
    double[][] n = now.samplesArray();
    boolean finite = allFinite(o) && allFinite(n);
    // A failed iteration (NaN) is left out; weights then no longer line up and are dropped.
    return new Pair(
        label,
        metric,
        now.unit(),
        MetricUnits.family(now.unit()).lowerIsBetter(),
        finite ? o : finiteOnly(o),
        finite ? n : finiteOnly(n),
        finite ? old.weightsArray() : null,
        finite ? now.weightsArray() : null);
  }

  private static boolean allFinite(double[][] samples) {
    return Arrays.stream(samples).flatMapToDouble(Arrays::stream).allMatch(Double::isFinite);
  }

  /** The finite samples of each fork, forks left empty dropped. */
  private static double[][] finiteOnly(double[][] samples) {
    return Arrays.stream(samples)
        .map(f -> Arrays.stream(f).filter(Double::isFinite).toArray())
        .filter(f -> f.length > 0)
        .toArray(double[][]::new);
  }

  /** Estimates every pair, adjusts the p-values across them, and gives each its verdict. */
  private List<MetricComparison> judge(List<Pair> pairs) {
    List<Pair> scores = pairs.stream().filter(p -> "score".equals(p.metric())).toList();
    List<Pair> allocations = pairs.stream().filter(p -> ALLOCATION.equals(p.metric())).toList();
    ForkVariancePrior scorePrior = ChangeEstimator.prior(scores);
    ForkVariancePrior allocationPrior = ChangeEstimator.prior(allocations);
    double[] spread = ChangeEstimator.singleForkSpread(scores);
    List<ChangeEstimate> estimates = new ArrayList<>();
    List<String> preset = new ArrayList<>(); // a verdict decided without a test, or null
    for (Pair pair : pairs) {
      if ("score".equals(pair.metric())) {
        estimates.add(ChangeEstimator.estimate(pair, scorePrior, spread));
        preset.add(null);
        continue;
      }
      boolean noise = Math.abs(mean(pair.now()) - mean(pair.old())) < MIN_ALLOCATION_CHANGE_BYTES;
      boolean singleForks = pair.singleForks() && allocationPrior == null;
      estimates.add(
          noise || singleForks ? null : ChangeEstimator.estimate(pair, allocationPrior, null));
      preset.add(noise ? "noise" : singleForks ? "single" : null);
    }
    double[] p = new double[pairs.size()];
    Arrays.fill(p, Double.NaN);
    for (int i = 0; i < p.length; i++) {
      if (estimates.get(i) != null) {
        p[i] = rule.pBeyondThreshold(estimates.get(i));
      }
    }
    double[] q = benjaminiHochberg(p);
    List<MetricComparison> result = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      result.add(comparison(pairs.get(i), estimates.get(i), p[i], q[i], preset.get(i)));
    }
    return result;
  }

  private MetricComparison comparison(
      Pair pair, ChangeEstimate e, double p, double q, String preset) {
    double oldMean = mean(pair.old(), pair.oldWeights());
    double newMean = mean(pair.now(), pair.newWeights());
    double worse =
        (pair.lowerIsBetter() ? newMean - oldMean : oldMean - newMean) / Math.abs(oldMean) * 100;
    boolean forkAware = e != null ? e.forkAware() : !pair.singleForks();
    double[] a = forkAware ? ChangeEstimator.forkMeans(pair.old()) : flatten(pair.old());
    double[] b = forkAware ? ChangeEstimator.forkMeans(pair.now()) : flatten(pair.now());
    boolean testable = a.length >= 2 && b.length >= 2;
    ChangeVerdict verdict;
    String note;
    if ("noise".equals(preset)) {
      verdict = ChangeVerdict.UNCHANGED;
      note = "allocation changed by less than 1 B/op, JMH's accounting noise";
    } else if ("single".equals(preset)) {
      verdict = ChangeVerdict.NOT_JUDGED;
      note =
          describe(worse)
              + "; not judged: allocation can differ from fork to fork (escape analysis and"
              + " inlining are decided per JVM), so run 2 or more forks in both runs to judge it";
    } else if (e == null) {
      verdict = ChangeVerdict.INCONCLUSIVE;
      note = "too few samples for an interval: " + ChangeEstimator.whyNot();
    } else {
      verdict = rule.decide(e, q);
      note = note(verdict, e, worse, q);
    }
    return new MetricComparison(
        pair.label(),
        pair.metric(),
        pair.unit(),
        pair.lowerIsBetter(),
        new Change(
            oldMean,
            newMean,
            newMean / oldMean,
            e == null ? null : e.ratioInterval(settings.level(), pair.lowerIsBetter()),
            worse),
        new Significance(
            testable ? welchP(a, b) : null,
            testable ? RankTests.rankSumP(a, b) : null,
            Double.isNaN(p) ? null : p,
            Double.isNaN(q) ? null : q,
            testable ? hedgesG(a, b) : null,
            forkAware,
            e == null ? null : e.method()),
        new Judgement(verdict, note, e == null ? null : rule.detectablePercent(e)));
  }

  private String note(ChangeVerdict verdict, ChangeEstimate e, double worse, double q) {
    ConfidenceInterval i = e.worsePercentInterval(settings.level());
    String interval =
        String.format(
            Locale.ROOT,
            "%s; %.3g%% interval [%+.2f%%, %+.2f%%]",
            describe(worse),
            100 * settings.level(),
            i.lower(),
            i.upper());
    String t = BigDecimal.valueOf(settings.thresholdPercent()).stripTrailingZeros().toPlainString();
    switch (verdict) {
      case REGRESSED:
      case IMPROVED:
        return String.format(
            Locale.ROOT, "%s beyond the %s%% threshold, adjusted p %.3g", interval, t, q);
      case UNCHANGED:
        return String.format(Locale.ROOT, "%s within +-%s%%", interval, t);
      default:
        return String.format(
            Locale.ROOT,
            "%s reaches past +-%s%%: this data would detect a worsening of %.3g%% or more"
                + " (80%% power)",
            interval,
            t,
            rule.detectablePercent(e));
    }
  }

  private static String describe(double worse) {
    return String.format(
        Locale.ROOT, "%s %.2f%%", worse >= 0 ? "worse by" : "better by", Math.abs(worse));
  }

  /**
   * Returns the old run's samples of a metric in the new run's unit: converted within a family
   * ({@code us/op} to {@code ns/op}), never compared raw.
   *
   * @throws IllegalArgumentException if the units cannot be converted into each other
   */
  static double[][] inUnitOf(String label, String metric, MetricResult old, MetricResult now) {
    double[][] samples = old.samplesArray();
    if (old.unit().equals(now.unit())) {
      return samples;
    }
    try {
      double factor = MetricUnits.convert(1.0, old.unit(), now.unit());
      for (double[] fork : samples) {
        for (int i = 0; i < fork.length; i++) {
          fork[i] *= factor;
        }
      }
      return samples;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "cannot compare "
              + label
              + " "
              + metric
              + ": its unit is "
              + old.unit()
              + " in the old run and "
              + now.unit()
              + " in the new one",
          e);
    }
  }

  /**
   * Adjusts p-values for a comparison (Benjamini-Hochberg): NaN entries are not tested and stay
   * NaN.
   *
   * @param p the p-values, NaN where none
   * @return the adjusted values, same positions
   */
  static double[] benjaminiHochberg(double[] p) {
    int[] tested =
        IntStream.range(0, p.length)
            .filter(i -> !Double.isNaN(p[i]))
            .boxed()
            .sorted((x, y) -> Double.compare(p[x], p[y]))
            .mapToInt(Integer::intValue)
            .toArray();
    double[] sorted = Arrays.stream(tested).mapToDouble(i -> p[i]).toArray();
    double[] adjusted = adjustSorted(sorted);
    double[] q = new double[p.length];
    Arrays.fill(q, Double.NaN);
    for (int k = 0; k < tested.length; k++) {
      q[tested[k]] = adjusted[k];
    }
    return q;
  }

  /**
   * Adjusts sorted p-values (Benjamini and Hochberg 1995): {@code q_i = min_{j >= i} p_j m / j}.
   *
   * @param sortedP p-values in ascending order
   * @return the adjusted values, same order, at most 1
   */
  static double[] adjustSorted(double[] sortedP) {
    int m = sortedP.length;
    double[] q = new double[m];
    double running = 1.0;
    for (int i = m - 1; i >= 0; i--) {
      running = Math.min(running, sortedP[i] * m / (i + 1));
      q[i] = running;
    }
    return q;
  }

  static double welchP(double[] a, double[] b) {
    double va = variance(a);
    double vb = variance(b);
    if (va == 0 && vb == 0) {
      return mean(a) == mean(b) ? 1.0 : 0.0; // no noise at all: any difference is certain
    }
    return new TTest().tTest(a, b);
  }

  /** Hedges' g of b against a: standardized mean difference with the small-sample correction. */
  static double hedgesG(double[] a, double[] b) {
    int na = a.length;
    int nb = b.length;
    double pooled = Math.sqrt(((na - 1) * variance(a) + (nb - 1) * variance(b)) / (na + nb - 2));
    if (pooled == 0) {
      return 0;
    }
    double d = (mean(b) - mean(a)) / pooled;
    return d * (1 - 3.0 / (4 * (na + nb) - 9));
  }

  private static double[] flatten(double[][] samples) {
    return Arrays.stream(samples).flatMapToDouble(Arrays::stream).toArray();
  }

  private static double mean(double[][] samples) {
    return ChangeEstimator.mean(ChangeEstimator.forkMeans(samples));
  }

  private static double mean(double[][] samples, double[][] weights) {
    return ChangeEstimator.mean(ChangeEstimator.forkMeans(samples, weights));
  }

  private static double mean(double[] values) {
    return StatUtils.mean(values);
  }

  private static double variance(double[] values) {
    return values.length < 2 ? 0 : StatUtils.variance(values);
  }
}
