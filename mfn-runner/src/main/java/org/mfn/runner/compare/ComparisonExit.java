package org.mfn.runner.compare;

import org.mfn.core.regression.ComparisonReport;
import org.mfn.runner.ExitCodes;

/**
 * The exit code of a comparison: 3 when anything (a metric or the suite) regressed, or a benchmark
 * failed in either run (no finite score); otherwise 5 when it could not decide (nothing in common,
 * or a metric or the suite INCONCLUSIVE: its interval reaches past the threshold), so that CI never
 * reads "could not tell" as "fine", unless the user accepts inconclusive results; otherwise 0.
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
    return of(report, false);
  }

  /**
   * Maps a report to its exit code.
   *
   * @param report the comparison
   * @param acceptInconclusive whether "could not decide" exits 0 (a CI that only wants hard
   *     failures: {@code --accept-inconclusive})
   * @return 0, 3 or 5
   */
  public static int of(ComparisonReport report, boolean acceptInconclusive) {
    if (report.anyRegression() || report.anyFailure()) {
      return ExitCodes.REGRESSION;
    }
    return report.undecided() && !acceptInconclusive ? ExitCodes.INCONCLUSIVE : ExitCodes.OK;
  }
}
