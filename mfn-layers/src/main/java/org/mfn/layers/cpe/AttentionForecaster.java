package org.mfn.layers.cpe;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.mfn.layers.nn.Dense;
import org.mfn.layers.nn.MultiHeadAttention;
import org.mfn.layers.nn.Trainable;

/**
 * Forecasts a traffic series at several horizons with self-attention instead of recurrence: each
 * scaled window value becomes a vector ({@code value x e + p_t}: a learned direction plus a learned
 * position vector), a causal {@link MultiHeadAttention} block mixes the window, and a {@link Dense}
 * head reads the last position. Scaling as in {@link MultiHorizonForecaster}. Not thread-safe.
 */
public final class AttentionForecaster implements ScaledForecaster {
  private final int window;
  private final int[] horizons;
  private final int width;
  private final Embedding embedding;
  private final MultiHeadAttention attention;
  private final Dense head;
  private final MultiHeadAttention.Trace trace = new MultiHeadAttention.Trace();
  private final float[] values;
  private final float[] x;
  private final float[] z;
  private final float[] outputs;
  private final float[] dZ;
  private final float[] dX;
  private final float[] work;
  private float scale;

  /**
   * The learned direction {@code e} ({@code width}) and positions {@code p} ({@code window x
   * width}).
   */
  static final class Embedding implements Trainable {
    final float[] params;
    final float[] grads;

    Embedding(int window, int width, long seed) {
      params = new float[width + window * width];
      grads = new float[params.length];
      SplittableRandom random = new SplittableRandom(seed);
      for (int i = 0; i < params.length; i++) {
        params[i] = (float) (0.5 * (2 * random.nextDouble() - 1));
      }
    }

    @Override
    public float[] parameters() {
      return params;
    }

    @Override
    public float[] gradients() {
      return grads;
    }
  }

  /**
   * Creates an untrained forecaster.
   *
   * @param window history values each forecast reads, at least 2
   * @param horizons intervals ahead, each at least 1
   * @param width model width, a multiple of {@code heads}
   * @param heads attention heads
   * @param seed initialisation seed
   */
  public AttentionForecaster(int window, int[] horizons, int width, int heads, long seed) {
    new MultiHorizonForecaster(window, horizons, 1, seed); // the same checks of window and horizons
    this.window = window;
    this.horizons = horizons.clone();
    this.width = width;
    this.embedding = new Embedding(window, width, seed);
    this.attention = new MultiHeadAttention(width, heads, true, seed + 1);
    this.head = new Dense(width, horizons.length, seed + 2);
    this.values = new float[window];
    this.x = new float[window * width];
    this.z = new float[window * width];
    this.outputs = new float[horizons.length];
    this.dZ = new float[window * width];
    this.dX = new float[window * width];
    this.work = new float[attention.workSize(window)];
  }

  /** Returns the window length. */
  @Override
  public int window() {
    return window;
  }

  /** Returns the parts with parameters, in a fixed order. */
  @Override
  public List<Trainable> parts() {
    return List.of(embedding, attention, head);
  }

  /**
   * Forecasts from the window before {@code end}.
   *
   * @param series the values
   * @param end one past the last value of the history
   * @param out one forecast per horizon, in the series' units
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
    float[] p = embedding.params;
    for (int t = 0; t < window; t++) {
      values[t] = series[end - window + t] / scale - 1;
      for (int i = 0; i < width; i++) {
        x[t * width + i] = values[t] * p[i] + p[width + t * width + i];
      }
    }
    attention.forward(x, 0, window, z, 0, trace);
    head.forward(z, (window - 1) * width, outputs, 0);
    return outputs;
  }

  @Override
  public float scale() {
    return scale;
  }

  @Override
  public int[] horizons() {
    return horizons.clone();
  }

  @Override
  public void backward(float[] dOutputs) {
    Arrays.fill(dZ, 0f);
    head.backward(z, (window - 1) * width, dOutputs, 0, dZ, (window - 1) * width);
    attention.backward(x, 0, trace, dZ, 0, dX, 0, work);
    float[] g = embedding.grads;
    for (int t = 0; t < window; t++) {
      for (int i = 0; i < width; i++) {
        float d = dX[t * width + i];
        g[i] += values[t] * d;
        g[width + t * width + i] += d;
      }
    }
  }
}
