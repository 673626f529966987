package org.mfn.core.regression;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.mfn.core.stats.ConfidenceInterval;

/**
 * The one rule by which a change is judged, for a single metric and for the suite alike: with an
 * interval of the direction-aware change and a threshold {@code t} (percent),
 *
 * <ul>
 *   <li>REGRESSED when the whole interval lies beyond {@code +t} (worse by more than the threshold
 *       at the confidence level), IMPROVED when it lies beyond {@code -t};
 *   <li>UNCHANGED only when the whole interval lies within {@code [-t, +t]}: no change, shown, not
 *       assumed (an equivalence test, two one-sided tests at the same level);
 *   <li>INCONCLUSIVE otherwise, with the smallest change that this data would have detected.
 * </ul>
 *
 * <p>For many metrics at once the first condition is tested with p-values (the chance of an
 * interval this far beyond the threshold when the change is at most {@code t}) adjusted across the
 * comparison by Benjamini-Hochberg; for one metric that is exactly the interval condition.
 * Immutable.
 */
final class ChangeRule {
  /** The power at which the detectable change is quoted. */
  static final double POWER = 0.8;

  // No random generator: commons-math would seed a Mersenne Twister for every distribution.
  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  private final ComparisonSettings settings;
  private final double worseBound;
  private final double betterBound;

  ChangeRule(ComparisonSettings settings) {
    this.settings = settings;
    double t = settings.thresholdPercent() / 100;
    this.worseBound = Math.log1p(t);
    this.betterBound = t < 1 ? Math.log1p(-t) : Double.NEGATIVE_INFINITY;
  }

  /**
   * The two-sided p-value of "the change is within the threshold": twice the smaller one-sided
   * p-value of the tests against {@code +t} and {@code -t}, at most 1.
   *
   * @param e the estimate
   * @return the p-value
   */
  double pBeyondThreshold(ChangeEstimate e) {
    double w = e.worseLog();
    if (e.standardError() == 0) {
      return w > worseBound || w < betterBound ? 0 : 1;
    }
    TDistribution t = new TDistribution(null, Math.max(e.df(), 1e-3));
    double worse = 1 - t.cumulativeProbability((w - worseBound) / e.standardError());
    double better =
        betterBound == Double.NEGATIVE_INFINITY
            ? 1
            : 1 - t.cumulativeProbability((betterBound - w) / e.standardError());
    return Math.min(1, 2 * Math.min(worse, better));
  }

  /**
   * Judges one metric.
   *
   * @param e the estimate
   * @param adjustedP its {@link #pBeyondThreshold} adjusted for the comparison's other metrics
   * @return the verdict
   */
  ChangeVerdict decide(ChangeEstimate e, double adjustedP) {
    if (adjustedP < settings.alpha() && e.worseLog() > worseBound) {
      return ChangeVerdict.REGRESSED;
    }
    if (adjustedP < settings.alpha() && e.worseLog() < betterBound) {
      return ChangeVerdict.IMPROVED;
    }
    ConfidenceInterval interval = e.worsePercentInterval(settings.level());
    return within(interval) ? ChangeVerdict.UNCHANGED : ChangeVerdict.INCONCLUSIVE;
  }

  /**
   * Judges an interval of the direction-aware change in percent (the suite's).
   *
   * @param interval the interval
   * @return the verdict
   */
  ChangeVerdict decide(ConfidenceInterval interval) {
    double t = settings.thresholdPercent();
    if (interval.lower() > t) {
      return ChangeVerdict.REGRESSED;
    }
    if (interval.upper() < -t) {
      return ChangeVerdict.IMPROVED;
    }
    return within(interval) ? ChangeVerdict.UNCHANGED : ChangeVerdict.INCONCLUSIVE;
  }

  private boolean within(ConfidenceInterval interval) {
    double t = settings.thresholdPercent();
    return interval.lower() >= -t && interval.upper() <= t;
  }

  /**
   * The smallest worsening, in percent, that data this precise would call REGRESSED with
   * probability {@link #POWER}.
   *
   * @param e the estimate
   * @return the change in percent
   */
  double detectablePercent(ChangeEstimate e) {
    double z = NORMAL.inverseCumulativeProbability(POWER);
    return Math.expm1(worseBound + (e.quantile(settings.level()) + z) * e.standardError()) * 100;
  }
}
