package org.mfn.layers.cpe;

import java.util.Arrays;
import java.util.List;
import org.mfn.layers.nn.Dense;
import org.mfn.layers.nn.Lstm;
import org.mfn.layers.nn.Trainable;

/**
 * Forecasts a traffic series at several horizons at once from a window of its recent values: an
 * {@link Lstm} over the window, a {@link Dense} head with one output per horizon. Direct, not
 * recursive: one pass gives every horizon, and a far horizon does not inherit the errors of the
 * near ones fed back as inputs. The window is scaled by its own mean (inputs and targets are {@code
 * value / mean - 1}), so one model serves series of any level. Not thread-safe.
 */
public final class MultiHorizonForecaster implements ScaledForecaster {
  private final int window;
  private final int[] horizons;
  private final Lstm lstm;
  private final Dense head;
  private final Lstm.Trace trace = new Lstm.Trace();
  private final float[] inputs;
  private final float[] outputs;
  private final float[] dLast;
  private final float[] work;
  private int last;
  private float scale;

  /**
   * Creates an untrained forecaster.
   *
   * @param window history values each forecast reads, at least 2
   * @param horizons intervals ahead, each at least 1
   * @param hidden LSTM units
   * @param seed initialisation seed
   */
  public MultiHorizonForecaster(int window, int[] horizons, int hidden, long seed) {
    if (window < 2) {
      throw new IllegalArgumentException("a forecast window needs at least 2 values: " + window);
    }
    if (horizons.length == 0) {
      throw new IllegalArgumentException("at least one horizon is needed");
    }
    for (int h : horizons) {
      if (h < 1) {
        throw new IllegalArgumentException("a horizon must be at least 1 interval: " + h);
      }
    }
    this.window = window;
    this.horizons = horizons.clone();
    this.lstm = new Lstm(1, hidden, seed);
    this.head = new Dense(hidden, horizons.length, seed + 1);
    this.inputs = new float[window];
    this.outputs = new float[horizons.length];
    this.dLast = new float[hidden];
    this.work = new float[lstm.workSize()];
  }

  /** Returns the window length. */
  @Override
  public int window() {
    return window;
  }

  /** Returns the horizons (a copy). */
  @Override
  public int[] horizons() {
    return horizons.clone();
  }

  /** Returns the parts with parameters, in a fixed order. */
  @Override
  public List<Trainable> parts() {
    return List.of(lstm, head);
  }

  /**
   * Forecasts from the {@link #window()} values before {@code end}.
   *
   * @param series the values
   * @param end one past the last value of the history
   * @param out where the forecasts go, one per horizon, in the series' units
   * @throws IllegalArgumentException if the history is shorter than the window or holds a value
   *     that is NaN, infinite or not positive
   */
  public void forecast(float[] series, int end, float[] out) {
    normalizedForward(series, end);
    for (int i = 0; i < horizons.length; i++) {
      out[i] = (outputs[i] + 1) * scale;
    }
  }

  @Override
  public float[] normalizedForward(float[] series, int end) {
    scale = Windows.scale(series, end, window);
    for (int i = 0; i < window; i++) {
      inputs[i] = series[end - window + i] / scale - 1;
    }
    last = lstm.forward(inputs, 0, window, trace);
    head.forward(trace.h(), last, outputs, 0);
    return outputs;
  }

  @Override
  public float scale() {
    return scale;
  }

  @Override
  public void backward(float[] dOutputs) {
    head.backward(trace.h(), last, dOutputs, 0, dLast, 0);
    lstm.backward(inputs, 0, trace, null, dLast, null, work);
  }

  @Override
  public String toString() {
    return "MultiHorizonForecaster[window "
        + window
        + ", horizons "
        + Arrays.toString(horizons)
        + ", LSTM 1->"
        + lstm.hidden()
        + "]";
  }
}
