package org.mfn.layers.nn;

import java.util.List;

/** Plain stochastic gradient descent: {@code w -= rate * g / batch}. Not thread-safe. */
public final class Sgd {
  private final List<Trainable> parts;
  private final float learningRate;

  /**
   * Creates the optimizer.
   *
   * @param parts what it updates
   * @param learningRate step size, positive
   */
  public Sgd(List<Trainable> parts, float learningRate) {
    if (!(learningRate > 0) || Float.isInfinite(learningRate)) {
      throw new IllegalArgumentException(
          "learning rate must be positive and finite: " + learningRate);
    }
    this.parts = List.copyOf(parts);
    this.learningRate = learningRate;
  }

  /** Applies one update from gradients summed over {@code batchSize} examples. */
  public void step(int batchSize) {
    float rate = learningRate / batchSize;
    for (Trainable part : parts) {
      Kernels.axpy(-rate, part.gradients(), 0, part.parameters(), 0, part.parameters().length);
    }
  }
}
