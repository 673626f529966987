package org.mfn.core.regression;

import java.util.List;

/**
 * Two runs compared.
 *
 * @param settings how they were compared
 * @param comparisons every metric compared, in new-run order
 * @param onlyInOld benchmark identities present only in the old run (not compared)
 * @param onlyInNew benchmark identities present only in the new run (not compared)
 * @param correction how the significance of many comparisons was controlled, in words
 */
public record ComparisonReport(
    ComparisonSettings settings,
    List<MetricComparison> comparisons,
    List<String> onlyInOld,
    List<String> onlyInNew,
    String correction) {

  /** Returns the number of comparisons with a verdict. */
  public long count(ChangeVerdict verdict) {
    return comparisons.stream().filter(c -> c.verdict() == verdict).count();
  }

  /** Tells whether any metric regressed. */
  public boolean anyRegression() {
    return count(ChangeVerdict.REGRESSED) > 0;
  }

  /** Tells whether the comparison could not decide: nothing compared, or data too thin. */
  public boolean undecided() {
    return comparisons.isEmpty() || count(ChangeVerdict.INCONCLUSIVE) > 0;
  }
}
