package org.mfn.layers.cpe;

/** The checks and the scale of a forecasting window, shared by the forecasters. */
final class Windows {
  private Windows() {}

  /**
   * Checks the window before {@code end} and returns its mean, the forecasters' scale.
   *
   * @throws IllegalArgumentException if the history is shorter than the window or holds a value
   *     that is NaN, infinite or not positive
   */
  static float scale(float[] series, int end, int window) {
    if (end < window || end > series.length) {
      throw new IllegalArgumentException(
          "a history of "
              + Math.max(0, Math.min(end, series.length))
              + " values is shorter than the "
              + window
              + "-value window");
    }
    double sum = 0;
    for (int i = end - window; i < end; i++) {
      if (!(series[i] > 0) || Float.isInfinite(series[i])) {
        throw new IllegalArgumentException(
            "series value " + i + " is " + series[i] + "; volumes must be positive and finite");
      }
      sum += series[i];
    }
    return (float) (sum / window);
  }
}
