package org.mfn.runner.history;

import java.util.ArrayList;
import java.util.List;
import org.mfn.core.history.ChangePoint;
import org.mfn.core.history.ChangePointDetector;
import org.mfn.core.history.Trend;
import org.mfn.core.history.TrendEstimator;

/**
 * Analyses one benchmark's series from the history: change points over every run ({@link
 * ChangePointDetector}), each attributed to the runs and commits around it, and the trend of the
 * last {@code window} runs ({@link TrendEstimator}), forecast {@code horizon} runs ahead. Runs
 * without a mean are left out.
 */
public final class SeriesAnalyzer {
  /** The default trend window, in runs. */
  public static final int DEFAULT_WINDOW = 20;

  /** The default forecast horizon, in runs. */
  public static final int DEFAULT_HORIZON = 5;

  private final ChangePointDetector detector = new ChangePointDetector();
  private final TrendEstimator trends;
  private final int window;
  private final int horizon;

  /**
   * Creates an analyser.
   *
   * @param window the runs the trend is fitted to (at least 3)
   * @param horizon runs ahead to forecast (at least 1)
   * @param thresholdPercent the change over the window that makes a trend a drift
   * @param level the confidence level of the trend's intervals
   * @throws IllegalArgumentException naming a value out of range
   */
  public SeriesAnalyzer(int window, int horizon, double thresholdPercent, double level) {
    if (window < 3) {
      throw new IllegalArgumentException("the trend window must be at least 3 runs: " + window);
    }
    if (horizon < 1) {
      throw new IllegalArgumentException("the forecast horizon must be at least 1 run: " + horizon);
    }
    this.trends = new TrendEstimator(level, thresholdPercent);
    this.window = window;
    this.horizon = horizon;
  }

  /**
   * Analyses a series.
   *
   * @param points one benchmark's points, oldest first (as {@link HistoryStore#series} returns)
   * @return the analysis
   */
  public SeriesAnalysis analyze(List<HistoryPoint> points) {
    List<HistoryPoint> measured =
        points.stream().filter(p -> p.mean() != null && p.mean() > 0).toList();
    String benchmark = points.isEmpty() ? "" : points.get(0).benchmark();
    String params = points.isEmpty() ? "{}" : points.get(0).params();
    String unit = measured.isEmpty() ? "" : measured.get(0).unit();
    double[] values = measured.stream().mapToDouble(HistoryPoint::mean).toArray();
    List<ChangePointAt> attributed = new ArrayList<>();
    for (ChangePoint c : detector.detect(values)) {
      HistoryPoint first = measured.get(c.index());
      HistoryPoint lastGood = measured.get(c.index() - 1);
      attributed.add(
          new ChangePointAt(
              first.runId(),
              first.started(),
              first.commit(),
              lastGood.runId(),
              lastGood.commit(),
              c.before(),
              c.after(),
              c.changePercent(),
              unit));
    }
    Trend trend = null;
    if (values.length >= 3) {
      double[] last =
          java.util.Arrays.copyOfRange(values, Math.max(0, values.length - window), values.length);
      trend = trends.estimate(last, horizon);
    }
    return new SeriesAnalysis(benchmark, params, unit, measured.size(), attributed, trend);
  }
}
