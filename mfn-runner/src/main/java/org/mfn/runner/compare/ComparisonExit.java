package org.mfn.runner.compare;

import org.mfn.core.regression.ComparisonReport;
import org.mfn.runner.ExitCodes;

/**
 * The exit code of a comparison: 3 when anything regressed; otherwise 5 when it could not decide
 * (nothing in common, or a metric with too few samples), so that CI never reads "could not tell" as
 * "fine"; otherwise 0.
 */
public final class ComparisonExit {
  private ComparisonExit() {}

  /**
   * Maps a report to its exit code.
   *
   * @param report the comparison
   * @return 0, 3 or 5
   */
  public static int of(ComparisonReport report) {
    if (report.anyRegression()) {
      return ExitCodes.REGRESSION;
    }
    return report.undecided() ? ExitCodes.INCONCLUSIVE : ExitCodes.OK;
  }
}
