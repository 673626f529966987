package org.mfn.layers.cpe;

import java.util.List;
import org.mfn.layers.nn.Trainable;

/**
 * What {@link ForecasterTrainer} trains: a forecaster over a mean-scaled window, with a forward
 * pass that leaves its scaled outputs and a backward pass from their gradient.
 */
interface ScaledForecaster {
  int window();

  int[] horizons();

  List<Trainable> parts();

  /** Runs the window before {@code end}; returns the scaled outputs, one per horizon. */
  float[] normalizedForward(float[] series, int end);

  /** Returns the last window's scale. */
  float scale();

  /** Adds the parameter gradients for a gradient with respect to the last scaled outputs. */
  void backward(float[] dOutputs);
}
