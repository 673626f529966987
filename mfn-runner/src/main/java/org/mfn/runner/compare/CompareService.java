package org.mfn.runner.compare;

import java.nio.file.Path;
import java.util.List;
import org.mfn.core.regression.ComparisonReport;
import org.mfn.core.regression.ComparisonSettings;
import org.mfn.core.regression.RegressionDetector;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;

/** Compares two result files, or a baseline file and fresh results, without running anything. */
public final class CompareService {
  private final ComparisonSettings settings;

  /**
   * Creates the service.
   *
   * @param settings threshold, level and resamples
   */
  public CompareService(ComparisonSettings settings) {
    this.settings = settings;
  }

  /**
   * Compares two files.
   *
   * @param oldFile the baseline: results.json or JMH JSON
   * @param newFile the candidate
   * @return the comparison
   */
  public ComparisonReport compare(Path oldFile, Path newFile) {
    // The comparison needs the samples only: no statistics (and no resampling) when reading.
    return compare(ResultsSource.read(oldFile, null), ResultsSource.read(newFile, null));
  }

  /**
   * Compares results already read.
   *
   * @param old the baseline's results
   * @param now the candidate's results
   * @return the comparison
   */
  public ComparisonReport compare(List<BenchmarkResult> old, List<BenchmarkResult> now) {
    try {
      return new RegressionDetector(settings).compare(old, now);
    } catch (IllegalArgumentException e) {
      // Data that cannot be compared (a result twice, units of different kinds): the user's files.
      throw new MfnException(ExitCodes.USAGE, e.getMessage());
    }
  }

  /**
   * Reads a baseline early, so that a bad file fails before a long run.
   *
   * @param file the baseline file
   * @return its results
   */
  public List<BenchmarkResult> readBaseline(Path file) {
    return ResultsSource.read(file, null);
  }
}
