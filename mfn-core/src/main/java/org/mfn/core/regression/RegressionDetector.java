package org.mfn.core.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.inference.TTest;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.MetricResult;
import org.mfn.core.stats.ConfidenceInterval;
import org.mfn.core.stats.HierarchicalBootstrap;
import org.mfn.core.stats.MetricUnits;
import org.mfn.core.stats.RankTests;

/**
 * Compares two runs benchmark by benchmark: the primary score and, where both runs have it, the
 * allocation per operation ({@code gc.alloc.rate.norm}).
 *
 * <p>For each metric: the ratio of means with a hierarchical-bootstrap interval, Welch's t-test and
 * the Mann-Whitney U test, and Hedges' g. The p-value a verdict rests on depends on the data:
 *
 * <ul>
 *   <li>both runs with two or more forks: Welch's t-test on the fork means (fork-aware);
 *   <li>a run with a single fork: its iterations cannot show fork-to-fork variance, which on a
 *       JIT-compiled runtime is usually the larger part. For the scores, that variance is estimated
 *       from the whole suite: the robust spread (1.4826 x the median absolute deviation around the
 *       median) of all scores' log-ratios, as in Efron's empirical null but centred at no change,
 *       added to each score's own sampling variance; the p-value is that of the log-ratio over that
 *       standard error against a Student-t with {@value #SUITE_NOISE_DF} degrees of freedom, not a
 *       normal: single forks differ by heavy-tailed amounts (in six pairs of single-fork smoke runs
 *       of the IFR suite on a two-core VM, 3.8% of the standardized log-ratios exceeded 3 and 1.1%
 *       exceeded 4, where a normal gives 0.27% and 0.006%, and a t with 4 degrees of freedom 4.0%
 *       and 1.6%; a HashMap lookup took 125 ns in one fork and 264 ns in the next). It needs at
 *       least {@value #MIN_SUITE} scores; with fewer the verdict is INCONCLUSIVE. Allocation is
 *       tested on iterations, where it is nearly noise-free; but whether escape analysis removes an
 *       allocation is decided anew in every JVM, so a change seen in single forks may be a
 *       fork-to-fork difference (Guava's Bloom filter query allocates 176 B in one JVM and 192 B in
 *       the next), and such a change is NOT_JUDGED: shown, never REGRESSED, IMPROVED or
 *       INCONCLUSIVE;
 * </ul>
 *
 * <p>Besides each metric, the scores are tested together for a shift of the suite as a whole
 * ({@link SuiteShift}): a change that makes every benchmark 20% slower hides in each single-fork
 * benchmark's noise but not in forty benchmarks at once. A suite that REGRESSED counts as a
 * regression of the comparison.
 *
 * <p>The p-values are adjusted across the whole comparison (Benjamini-Hochberg), so that at most
 * {@code 1 - level} of the reported significant changes are expected to be false. A metric
 * REGRESSED when its adjusted p is below {@code 1 - level} and it is worse by more than the
 * threshold; IMPROVED likewise in the other direction; UNCHANGED otherwise; INCONCLUSIVE when a run
 * has fewer than two fork means, or fewer than three iterations of a single fork. Allocation
 * changes under one byte per operation are JMH's accounting noise and never count. The direction
 * comes from the unit: time per operation and bytes are better lower, rates better higher.
 */
public final class RegressionDetector {
  /** The allocation metric of JMH's GC profiler. */
  public static final String ALLOCATION = "gc.alloc.rate.norm";

  /** The fewest single-fork scores from which the suite's run-to-run noise is estimated. */
  public static final int MIN_SUITE = 5;

  /**
   * Degrees of freedom of the Student-t against which single-fork scores are tested: heavy tails,
   * fitted to the fork-to-fork differences observed on a shared two-core VM (see above).
   */
  public static final int SUITE_NOISE_DF = 4;

  private static final int MIN_SINGLE_FORK_ITERATIONS = 3;
  private static final double MAD_TO_SD = 1.4826;
  private static final double MIN_ALLOCATION_CHANGE_BYTES = 1.0;

  private final ComparisonSettings settings;

  /**
   * Creates a detector.
   *
   * @param settings threshold, confidence level and resamples
   */
  public RegressionDetector(ComparisonSettings settings) {
    this.settings = settings;
  }

  /**
   * Compares two runs.
   *
   * @param old the baseline run's results
   * @param now the new run's results
   * @return the comparison, with benchmarks present in only one run listed, not compared
   */
  public ComparisonReport compare(List<BenchmarkResult> old, List<BenchmarkResult> now) {
    Map<ResultKey, BenchmarkResult> oldByKey = ResultKey.index(old, "old");
    Map<ResultKey, BenchmarkResult> newByKey = ResultKey.index(now, "new");
    List<ResultKey> allKeys = new ArrayList<>(oldByKey.keySet());
    allKeys.addAll(newByKey.keySet());
    Map<ResultKey, String> labels = ResultKey.labels(allKeys);
    List<MetricComparison> comparisons = new ArrayList<>();
    List<Double> logRatioVariances = new ArrayList<>();
    List<String> onlyInNew = new ArrayList<>();
    for (Map.Entry<ResultKey, BenchmarkResult> e : newByKey.entrySet()) {
      BenchmarkResult n = e.getValue();
      BenchmarkResult o = oldByKey.remove(e.getKey());
      String label = labels.get(e.getKey());
      if (o == null) {
        onlyInNew.add(label);
        continue;
      }
      double[][] oldScores = inUnitOf(label, "score", o.primary(), n.primary());
      comparisons.add(compareMetric(label, "score", n.primary().unit(), oldScores, n.primary()));
      logRatioVariances.add(logRatioVariance(oldScores, n.primary().samplesArray()));
      MetricResult oldAlloc = o.secondary().get(ALLOCATION);
      MetricResult newAlloc = n.secondary().get(ALLOCATION);
      if (oldAlloc != null && newAlloc != null) {
        comparisons.add(
            compareMetric(
                label,
                ALLOCATION,
                newAlloc.unit(),
                inUnitOf(label, ALLOCATION, oldAlloc, newAlloc),
                newAlloc));
        logRatioVariances.add(0.0);
      }
    }
    List<String> onlyInOld = oldByKey.keySet().stream().map(labels::get).toList();
    List<MetricComparison> judged = adjust(withSuiteNoise(comparisons, logRatioVariances));
    return new ComparisonReport(
        settings,
        judged,
        new SuiteShiftEstimator(settings).estimate(judged),
        onlyInOld,
        onlyInNew,
        "Benjamini-Hochberg over "
            + comparisons.size()
            + " comparisons, false-discovery rate "
            + String.format(Locale.ROOT, "%.3g", settings.alpha()));
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

  /** Compares one metric of samples in the same unit; no multiplicity correction. */
  MetricComparison compareMetric(
      String benchmark, String metric, MetricResult old, MetricResult now) {
    return compareMetric(benchmark, metric, now.unit(), inUnitOf(benchmark, metric, old, now), now);
  }

  /**
   * Compares one metric; its verdict assumes no other comparison (no multiplicity correction).
   *
   * @param benchmark the benchmark's label
   * @param metric the metric's name
   * @param unit the unit of both sample arrays
   * @param o the old run's samples, converted to {@code unit}
   * @param newMetric the new run's metric
   * @return the comparison
   */
  MetricComparison compareMetric(
      String benchmark, String metric, String unit, double[][] o, MetricResult newMetric) {
    double[][] n = newMetric.samplesArray();
    MetricResult now = newMetric;
    boolean lowerIsBetter = MetricUnits.family(unit).lowerIsBetter();
    double oldMean = mean(flatten(o));
    double newMean = mean(flatten(n));
    double ratio = newMean / oldMean;
    double worse =
        (lowerIsBetter ? newMean - oldMean : oldMean - newMean) / Math.abs(oldMean) * 100;
    boolean forkAware = o.length >= 2 && n.length >= 2;
    double[] a = forkAware ? forkMeans(o) : flatten(o);
    double[] b = forkAware ? forkMeans(n) : flatten(n);
    int needed = forkAware ? 2 : MIN_SINGLE_FORK_ITERATIONS;
    if (a.length < needed || b.length < needed) {
      String why =
          String.format(
              Locale.ROOT,
              "too few samples to test: %d and %d %s (need %d each)",
              a.length,
              b.length,
              forkAware ? "fork means" : "iterations of a single fork",
              needed);
      return new MetricComparison(
          benchmark,
          metric,
          now.unit(),
          lowerIsBetter,
          oldMean,
          newMean,
          ratio,
          null,
          worse,
          null,
          null,
          null,
          null,
          null,
          forkAware,
          null,
          ChangeVerdict.INCONCLUSIVE,
          why);
    }
    long seed = (benchmark + metric).hashCode();
    ConfidenceInterval interval =
        new HierarchicalBootstrap(settings.resamples(), seed).ratioInterval(n, o, settings.level());
    double welch = welchP(a, b);
    double mannWhitney = RankTests.rankSumP(a, b);
    String test = forkAware ? "Welch's t on fork means" : "Welch's t on iterations";
    MetricComparison c =
        new MetricComparison(
            benchmark,
            metric,
            now.unit(),
            lowerIsBetter,
            oldMean,
            newMean,
            ratio,
            interval,
            worse,
            welch,
            mannWhitney,
            welch,
            null,
            hedgesG(a, b),
            forkAware,
            test,
            null,
            null);
    return decide(c, welch);
  }

  private MetricComparison decide(MetricComparison c, double adjustedP) {
    boolean significant = adjustedP < settings.alpha();
    double threshold = settings.thresholdPercent();
    boolean negligible =
        ALLOCATION.equals(c.metric())
            && Math.abs(c.newMean() - c.oldMean()) < MIN_ALLOCATION_CHANGE_BYTES;
    ChangeVerdict verdict = ChangeVerdict.UNCHANGED;
    if (significant && !negligible && c.worsePercent() > threshold) {
      verdict = ChangeVerdict.REGRESSED;
    } else if (significant && !negligible && -c.worsePercent() > threshold) {
      verdict = ChangeVerdict.IMPROVED;
    }
    boolean allocationOfOneFork = ALLOCATION.equals(c.metric()) && !c.forkAware();
    if (allocationOfOneFork && verdict != ChangeVerdict.UNCHANGED) {
      verdict = ChangeVerdict.NOT_JUDGED;
    }
    String note =
        String.format(
            Locale.ROOT,
            "%s %.2f%% (threshold %.3g%%), adjusted p %.3g%s%s%s",
            c.worsePercent() >= 0 ? "worse by" : "better by",
            Math.abs(c.worsePercent()),
            threshold,
            adjustedP,
            c.forkAware() ? "" : "; single fork: fork-to-fork variance not seen",
            negligible ? "; allocation change under 1 B/op ignored" : "",
            verdict == ChangeVerdict.NOT_JUDGED
                ? "; not judged: allocation can differ from fork to fork (escape analysis and"
                    + " inlining are decided per JVM), so run 2 or more forks in both runs to judge"
                    + " it"
                : "");
    return c.withVerdict(adjustedP, verdict, note);
  }

  /**
   * Replaces the p-values of single-fork scores by a test against the suite's run-to-run noise (see
   * the class description), or marks them INCONCLUSIVE when the suite is too small.
   */
  private List<MetricComparison> withSuiteNoise(
      List<MetricComparison> comparisons, List<Double> logRatioVariances) {
    List<Integer> singleFork = new ArrayList<>();
    for (int i = 0; i < comparisons.size(); i++) {
      MetricComparison c = comparisons.get(i);
      if (!c.forkAware() && "score".equals(c.metric()) && c.testedP() != null) {
        singleFork.add(i);
      }
    }
    if (singleFork.isEmpty()) {
      return comparisons;
    }
    List<MetricComparison> result = new ArrayList<>(comparisons);
    if (singleFork.size() < MIN_SUITE) {
      for (int i : singleFork) {
        MetricComparison c = comparisons.get(i);
        result.set(
            i,
            c.withTest(null, null)
                .withVerdict(
                    null,
                    ChangeVerdict.INCONCLUSIVE,
                    "single fork: fork-to-fork variance unknown, and fewer than "
                        + MIN_SUITE
                        + " benchmarks to estimate it from"));
      }
      return result;
    }
    double[] logRatios =
        singleFork.stream().mapToDouble(i -> Math.log(comparisons.get(i).ratio())).toArray();
    double median = median(logRatios);
    double suiteSd =
        MAD_TO_SD * median(Arrays.stream(logRatios).map(r -> Math.abs(r - median)).toArray());
    org.apache.commons.math3.distribution.TDistribution noise =
        new org.apache.commons.math3.distribution.TDistribution(SUITE_NOISE_DF);
    for (int k = 0; k < singleFork.size(); k++) {
      MetricComparison c = comparisons.get(singleFork.get(k));
      double se = Math.sqrt(suiteSd * suiteSd + logRatioVariances.get(singleFork.get(k)));
      double p =
          se == 0
              ? (logRatios[k] == 0 ? 1 : 0)
              : 2 * noise.cumulativeProbability(-Math.abs(logRatios[k]) / se);
      result.set(
          singleFork.get(k),
          decide(
              c.withTest(
                  p,
                  String.format(
                      Locale.ROOT,
                      "t-test (%d df) of the log-ratio against the suite's run-to-run noise (sd %.3g%% from %d scores)",
                      SUITE_NOISE_DF,
                      100 * suiteSd,
                      singleFork.size())),
              p));
    }
    return result;
  }

  /**
   * The sampling variance of {@code log(mean(new) / mean(old))} from each run's own samples (delta
   * method): {@code s_new^2 / (n_new m_new^2) + s_old^2 / (n_old m_old^2)}.
   */
  static double logRatioVariance(double[][] old, double[][] now) {
    return relativeVarianceOfMean(flatten(old)) + relativeVarianceOfMean(flatten(now));
  }

  private static double relativeVarianceOfMean(double[] values) {
    double m = mean(values);
    return values.length < 2 || m == 0 ? 0 : variance(values) / (values.length * m * m);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Benjamini-Hochberg step-up adjustment of the Welch p-values, then the verdicts. */
  private List<MetricComparison> adjust(List<MetricComparison> comparisons) {
    int[] tested =
        java.util.stream.IntStream.range(0, comparisons.size())
            .filter(i -> comparisons.get(i).testedP() != null)
            .boxed()
            .sorted(
                (x, y) ->
                    Double.compare(comparisons.get(x).testedP(), comparisons.get(y).testedP()))
            .mapToInt(Integer::intValue)
            .toArray();
    double[] adjusted =
        benjaminiHochberg(
            Arrays.stream(tested).mapToDouble(i -> comparisons.get(i).testedP()).toArray());
    List<MetricComparison> result = new ArrayList<>(comparisons);
    for (int k = 0; k < tested.length; k++) {
      result.set(tested[k], decide(comparisons.get(tested[k]), adjusted[k]));
    }
    return result;
  }

  /**
   * Adjusts sorted p-values (Benjamini and Hochberg 1995): {@code q_i = min_{j >= i} p_j m / j}.
   *
   * @param sortedP p-values in ascending order
   * @return the adjusted values, same order, at most 1
   */
  static double[] benjaminiHochberg(double[] sortedP) {
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

  private static double[] forkMeans(double[][] samples) {
    return Arrays.stream(samples).mapToDouble(RegressionDetector::mean).toArray();
  }

  private static double[] flatten(double[][] samples) {
    return Arrays.stream(samples).flatMapToDouble(Arrays::stream).toArray();
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(Double.NaN);
  }

  private static double variance(double[] values) {
    double m = mean(values);
    double sum = 0;
    for (double v : values) {
      sum += (v - m) * (v - m);
    }
    return values.length < 2 ? 0 : sum / (values.length - 1);
  }
}
