package org.mfn.core.regression;

import java.util.List;
import org.mfn.core.stats.ConfidenceInterval;

/**
 * How the suite's scores moved as a whole between two runs: the typical change over every benchmark
 * compared, which a per-benchmark test cannot see when each benchmark's own change hides in its
 * fork-to-fork noise (a single-fork smoke run on a noisy machine), but the suite's many benchmarks
 * reveal together.
 *
 * <p>Each score's change is direction-aware: {@code log(new / old)} for time per operation, {@code
 * log(old / new)} for rates, so that positive is always worse. The typical change is the
 * Hodges-Lehmann estimate (the median of the pairwise averages of those log-changes), reported in
 * percent worse; the p-value is the two-sided Wilcoxon signed-rank test of "no change". A suite
 * shift cannot tell a change that slows everything from a slower machine: compare runs made on the
 * same machine, close in time, to tell them apart.
 *
 * @param scores the number of scores compared (at least {@link SuiteShiftEstimator#MIN_SCORES})
 * @param worsePercent the typical change, percent worse; negative means better
 * @param interval the typical change's confidence interval, percent worse (distribution-free, from
 *     the signed-rank distribution)
 * @param p the two-sided Wilcoxon signed-rank p-value
 * @param worseCount how many scores are worse in the new run
 * @param betterCount how many are better
 * @param mostAffected when the verdict is REGRESSED or IMPROVED, up to five benchmarks that moved
 *     furthest that way, as {@code "id (+x.x%)"}; otherwise empty
 * @param verdict REGRESSED when the whole interval is worse than the threshold, IMPROVED when it is
 *     better than minus the threshold, else UNCHANGED
 * @param note the verdict in words
 */
public record SuiteShift(
    int scores,
    double worsePercent,
    ConfidenceInterval interval,
    double p,
    int worseCount,
    int betterCount,
    List<String> mostAffected,
    ChangeVerdict verdict,
    String note) {

  /** Copies the list. */
  public SuiteShift {
    mostAffected = List.copyOf(mostAffected);
  }

  /** Returns the note, followed by the most affected benchmarks when there are any. */
  public String summary() {
    return mostAffected.isEmpty()
        ? note
        : note + "; most affected: " + String.join(", ", mostAffected);
  }
}
