package org.mfn.layers.pipeline;

import java.util.Arrays;
import org.mfn.layers.baseline.NaiveForecasters;
import org.mfn.layers.cpe.SequencePredictor;

/**
 * The CPE stage of a pipeline's slow path: the expected traffic of a new flow's class in the next
 * interval, read from the class's series at the interval the packet's time falls in.
 *
 * <p>A forecast is computed once per class and interval and then reused: every new flow of a class
 * in one interval asks the same question. Intervals are {@link #INTERVAL_NANOS} of the caller's
 * clock and cycle through the series. The forecast is what the flow record would carry for
 * admission or pre-provisioning; it does not change the route, so the MFN pipeline (LSTM) and the
 * baseline (seasonal naive) make the same routing decisions while their forecasts differ. Not
 * thread-safe.
 */
public final class LoadForecasts {
  /** The length of one forecast interval in the caller's clock, nanoseconds (1 ms). */
  public static final long INTERVAL_NANOS = 1_000_000L;

  /** How a forecast is made from the history that ends at {@code end}. */
  @FunctionalInterface
  public interface Method {
    /**
     * Forecasts the value at {@code end}.
     *
     * @param series the values
     * @param end one past the last value of the history
     * @return the forecast
     */
    float next(float[] series, int end);
  }

  private final float[] series;
  private final int length;
  private final int window;
  private final Method method;
  private final long[] intervalOf;
  private final float[] forecastOf;

  /**
   * Creates the stage.
   *
   * @param series every class's series, {@code length} values each
   * @param classes number of classes
   * @param length values per class
   * @param window history a forecast needs, {@code 1 .. length - 1}
   * @param method the forecasting method
   * @throws IllegalArgumentException if the sizes do not fit
   */
  public LoadForecasts(float[] series, int classes, int length, int window, Method method) {
    if (window < 1 || window >= length || (long) classes * length > series.length) {
      throw new IllegalArgumentException(
          "series of "
              + series.length
              + " values cannot hold "
              + classes
              + " classes of "
              + length
              + " with a window of "
              + window);
    }
    this.series = series;
    this.length = length;
    this.window = window;
    this.method = method;
    this.intervalOf = new long[classes];
    this.forecastOf = new float[classes];
    forget();
  }

  /** The MFN forecasts: the CPE layer's LSTM predictor. */
  public static LoadForecasts lstm(PipelineModels models) {
    SequencePredictor predictor = models.predictor();
    return new LoadForecasts(
        models.classSeries(),
        models.classes(),
        PipelineModels.SERIES_LENGTH,
        PipelineModels.WINDOW,
        predictor::predictNext);
  }

  /** The baseline forecasts: the value one day earlier (seasonal naive). */
  public static LoadForecasts seasonalNaive(PipelineModels models) {
    return new LoadForecasts(
        models.classSeries(),
        models.classes(),
        PipelineModels.SERIES_LENGTH,
        PipelineModels.WINDOW,
        (s, end) -> NaiveForecasters.seasonalNaive(s, end, 1, 24));
  }

  /**
   * Returns the forecast of a class for the interval of {@code nowNanos}.
   *
   * @param flowClass the class
   * @param nowNanos the caller's clock, 0 or more
   * @return the expected traffic, in the series' units
   */
  public float forecast(int flowClass, long nowNanos) {
    long interval = Math.floorDiv(nowNanos, INTERVAL_NANOS);
    if (intervalOf[flowClass] != interval) {
      int position = window + (int) Math.floorMod(interval, (long) (length - window));
      forecastOf[flowClass] = method.next(series, flowClass * length + position);
      intervalOf[flowClass] = interval;
    }
    return forecastOf[flowClass];
  }

  /** Forgets every cached forecast. */
  public void forget() {
    Arrays.fill(intervalOf, Long.MIN_VALUE);
  }
}
