package org.mfn.layers.cpe;

/**
 * Next-interval prediction of a traffic series from its recent window: a {@link
 * MultiHorizonForecaster} with the single horizon 1. Not thread-safe.
 */
public final class SequencePredictor {
  private final MultiHorizonForecaster model;
  private final float[] out = new float[1];

  /**
   * Creates an untrained predictor.
   *
   * @param window history values each prediction reads, at least 2
   * @param hidden LSTM units
   * @param seed initialisation seed
   */
  public SequencePredictor(int window, int hidden, long seed) {
    this.model = new MultiHorizonForecaster(window, new int[] {1}, hidden, seed);
  }

  /** Returns the model, to train it ({@link ForecasterTrainer}) or save it. */
  public MultiHorizonForecaster model() {
    return model;
  }

  /**
   * Predicts the value after the window that ends at {@code end}.
   *
   * @param series the values
   * @param end one past the last value of the history
   * @return the prediction, in the series' units
   */
  public float predictNext(float[] series, int end) {
    model.forecast(series, end, out);
    return out[0];
  }
}
