package org.mfn.core.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mfn.core.model.MetricUnits;
import org.mfn.core.stats.ConfidenceInterval;

/**
 * Judges an interleaved A/B comparison: per benchmark, the per-round log-ratio of the new build's
 * fork mean over the old build's, a paired Student-t interval of its mean over the rounds, and the
 * verdict by the same rule, threshold, direction-from-unit and Benjamini-Hochberg control as {@link
 * RegressionDetector}; the suite-wide shift test on the paired ratios as well.
 *
 * <p>Why a paired t on log-ratios rather than a bootstrap over rounds: the rounds are few (4 to
 * 12), and a bootstrap over so few values under-covers (its interval of a mean of n values is too
 * narrow by about {@code sqrt((n - 1) / n)} and it cannot see tails it has not sampled), while the
 * t interval is exact for normal log-ratios and close to it for the near-symmetric log-ratios of
 * two builds measured in the same window. The pairing is what removes the machine's drift: both
 * forks of a round see the same state of the machine, so the drift cancels in their ratio.
 */
public final class InterleavedDetector {
  private final ComparisonSettings settings;
  private final ChangeRule rule;

  /**
   * Creates a detector.
   *
   * @param settings threshold and confidence level
   */
  public InterleavedDetector(ComparisonSettings settings) {
    this.settings = settings;
    this.rule = new ChangeRule(settings);
  }

  /**
   * Judges every benchmark.
   *
   * @param pairs the paired rounds, one entry per benchmark
   * @param design how the forks were scheduled, in words (recorded in the report)
   * @return the comparison
   */
  public ComparisonReport compare(List<PairedRounds> pairs, String design) {
    List<ChangeEstimate> estimates = new ArrayList<>();
    double[] p = new double[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      ChangeEstimate e = estimate(pairs.get(i));
      estimates.add(e);
      p[i] = e == null ? Double.NaN : rule.pBeyondThreshold(e);
    }
    double[] q = RegressionDetector.benjaminiHochberg(p);
    List<MetricComparison> comparisons = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      comparisons.add(comparison(pairs.get(i), estimates.get(i), p[i], q[i]));
    }
    long tested = comparisons.stream().filter(c -> c.significance().adjustedP() != null).count();
    return new ComparisonReport(
        settings,
        comparisons,
        new SuiteShiftEstimator(settings).estimate(comparisons),
        List.of(),
        List.of(),
        design
            + "; paired t on per-round log-ratios; Benjamini-Hochberg over "
            + tested
            + " tested metrics, false-discovery rate "
            + String.format(Locale.ROOT, "%.3g", settings.alpha()));
  }

  /** The paired estimate, or null with fewer than two rounds. */
  static ChangeEstimate estimate(PairedRounds pair) {
    int n = pair.rounds();
    if (n < 2) {
      return null;
    }
    boolean lowerIsBetter = MetricUnits.family(pair.unit()).lowerIsBetter();
    double[] worse = worseLogs(pair, lowerIsBetter);
    double mean = 0;
    for (double w : worse) {
      mean += w;
    }
    mean /= n;
    double ss = 0;
    for (double w : worse) {
      ss += (w - mean) * (w - mean);
    }
    double se = Math.sqrt(ss / (n - 1) / n);
    return new ChangeEstimate(mean, se, n - 1, true, "paired t on " + n + " per-round log-ratios");
  }

  /** Each round's log-ratio, signed so that positive is worse. */
  static double[] worseLogs(PairedRounds pair, boolean lowerIsBetter) {
    double[] worse = new double[pair.rounds()];
    for (int r = 0; r < worse.length; r++) {
      double log = Math.log(pair.newRounds()[r] / pair.oldRounds()[r]);
      worse[r] = lowerIsBetter ? log : -log;
    }
    return worse;
  }

  private MetricComparison comparison(PairedRounds pair, ChangeEstimate e, double p, double q) {
    boolean lowerIsBetter = MetricUnits.family(pair.unit()).lowerIsBetter();
    double oldMean = mean(pair.oldRounds());
    double newMean = mean(pair.newRounds());
    double worse =
        (lowerIsBetter ? newMean - oldMean : oldMean - newMean) / Math.abs(oldMean) * 100;
    ChangeVerdict verdict;
    String note;
    if (e == null) {
      verdict = ChangeVerdict.INCONCLUSIVE;
      note = "needs at least 2 complete rounds, has " + pair.rounds();
    } else {
      verdict = rule.decide(e, q);
      note = note(verdict, e, q);
    }
    return new MetricComparison(
        pair.benchmark(),
        "score",
        pair.unit(),
        lowerIsBetter,
        new Change(
            oldMean,
            newMean,
            newMean / oldMean,
            e == null ? null : e.ratioInterval(settings.level(), lowerIsBetter),
            worse),
        new Significance(
            null,
            null,
            Double.isNaN(p) ? null : p,
            Double.isNaN(q) ? null : q,
            null,
            true,
            e == null ? null : e.method()),
        new Judgement(verdict, note, e == null ? null : rule.detectablePercent(e)));
  }

  private String note(ChangeVerdict verdict, ChangeEstimate e, double q) {
    ConfidenceInterval i = e.worsePercentInterval(settings.level());
    String interval =
        String.format(
            Locale.ROOT,
            "paired %.3g%% interval of the change [%+.2f%%, %+.2f%%]",
            100 * settings.level(),
            i.lower(),
            i.upper());
    return switch (verdict) {
      case REGRESSED, IMPROVED -> String.format(Locale.ROOT, "%s, adjusted p %.3g", interval, q);
      case UNCHANGED -> interval + " within the threshold";
      default ->
          String.format(
              Locale.ROOT,
              "%s: these rounds would detect a worsening of %.3g%% or more (80%% power)",
              interval,
              rule.detectablePercent(e));
    };
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
