package org.mfn.runner.run;

import java.nio.file.Path;
import java.util.List;
import org.mfn.core.regression.ComparisonReport;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.runner.compare.CompareService;

/**
 * A run's regression check: the baseline, read and validated before the run starts, and how to
 * compare with it.
 *
 * @param baselineFile where the baseline came from, for messages
 * @param baseline the baseline's results
 * @param service the comparison (threshold, confidence)
 */
public record RegressionCheck(
    Path baselineFile, List<BenchmarkResult> baseline, CompareService service) {
  /** Copies the list. */
  public RegressionCheck {
    baseline = List.copyOf(baseline);
  }

  /**
   * Compares a run's results with the baseline.
   *
   * @param results the new run's results
   * @return the comparison
   */
  public ComparisonReport compare(List<BenchmarkResult> results) {
    return service.compare(baseline, results);
  }
}
