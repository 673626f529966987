package org.mfn.runner.history;

import java.util.List;
import org.mfn.core.history.Trend;

/**
 * What a benchmark's history says: its change points, attributed to runs and commits, and the trend
 * of its last runs with a forecast.
 *
 * @param benchmark the benchmark's full name
 * @param params its parameters as stored
 * @param unit its unit
 * @param runs the runs with a mean, analysed
 * @param changePoints the change points, oldest first
 * @param trend the trend over the last {@code trend.runs()} runs, or null for fewer than 3 runs
 */
public record SeriesAnalysis(
    String benchmark,
    String params,
    String unit,
    int runs,
    List<ChangePointAt> changePoints,
    Trend trend) {
  /** Copies the list. */
  public SeriesAnalysis {
    changePoints = List.copyOf(changePoints);
  }
}
