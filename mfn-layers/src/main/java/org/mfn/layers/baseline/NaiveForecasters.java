package org.mfn.layers.baseline;

/**
 * The forecasts a prediction model must beat: last value, seasonal naive (the value one season
 * before the target) and moving average. Each forecasts the value {@code horizon} intervals after
 * the end of a history window. Stateless.
 */
public final class NaiveForecasters {
  private NaiveForecasters() {}

  /** Returns the last value of the window, whatever the horizon. */
  public static float lastValue(float[] series, int end, int horizon) {
    check(series, end, horizon, 1);
    return series[end - 1];
  }

  /**
   * Returns the value one season before the target: {@code series[end - 1 + horizon - k season]}
   * for the smallest {@code k} that lands inside the window.
   *
   * @param series the values
   * @param end one past the window's last value
   * @param horizon intervals ahead, at least 1
   * @param season the season's length in intervals, at least 1
   * @return the forecast
   */
  public static float seasonalNaive(float[] series, int end, int horizon, int season) {
    if (season < 1) {
      throw new IllegalArgumentException("a season is at least 1 interval: " + season);
    }
    int back = season * ((horizon + season - 1) / season);
    check(series, end, horizon, back - horizon + 1);
    return series[end - 1 + horizon - back];
  }

  /** Returns the mean of the window's last {@code width} values, whatever the horizon. */
  public static float movingAverage(float[] series, int end, int horizon, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("a moving average needs at least 1 value: " + width);
    }
    check(series, end, horizon, width);
    double sum = 0;
    for (int i = end - width; i < end; i++) {
      sum += series[i];
    }
    return (float) (sum / width);
  }

  private static void check(float[] series, int end, int horizon, int needed) {
    if (horizon < 1) {
      throw new IllegalArgumentException("the horizon must be at least 1 interval: " + horizon);
    }
    if (end > series.length || end < needed) {
      throw new IllegalArgumentException(
          "a history of "
              + Math.max(0, Math.min(end, series.length))
              + " values is shorter than the "
              + needed
              + " this forecaster needs");
    }
  }
}
