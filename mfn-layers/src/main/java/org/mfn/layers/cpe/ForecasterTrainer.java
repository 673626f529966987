package org.mfn.layers.cpe;

import java.util.SplittableRandom;
import org.mfn.layers.nn.Adam;
import org.mfn.layers.nn.Losses;
import org.mfn.layers.nn.Trainable;

/**
 * Trains a {@link MultiHorizonForecaster} or an {@link AttentionForecaster} on series (pattern
 * learning): mini-batches of windows at seeded random places, mean squared error on the scaled
 * targets of every horizon, Adam. Deterministic for a seed; not thread-safe.
 */
public final class ForecasterTrainer {
  private final ScaledForecaster model;
  private final Adam adam;
  private final float[] targets;
  private final float[] dOutputs;

  /**
   * Prepares training.
   *
   * @param model the forecaster (its parameters change)
   * @param learningRate Adam's step size
   */
  public ForecasterTrainer(MultiHorizonForecaster model, float learningRate) {
    this((ScaledForecaster) model, learningRate);
  }

  /**
   * Prepares training of an attention forecaster.
   *
   * @param model the forecaster (its parameters change)
   * @param learningRate Adam's step size
   */
  public ForecasterTrainer(AttentionForecaster model, float learningRate) {
    this((ScaledForecaster) model, learningRate);
  }

  private ForecasterTrainer(ScaledForecaster model, float learningRate) {
    this.model = model;
    this.adam = new Adam(model.parts(), learningRate);
    this.targets = new float[model.horizons().length];
    this.dOutputs = new float[targets.length];
  }

  /**
   * One optimizer step on windows ending at the given places.
   *
   * @param series the values, {@code count x length}
   * @param length values per series
   * @param ends for each example, {@code series * length + end}: the series and the end of its
   *     window; each must leave room for the largest horizon
   * @return the batch's mean loss
   */
  public float step(float[] series, int length, long[] ends) {
    for (Trainable part : model.parts()) {
      part.zeroGradients();
    }
    int[] horizons = model.horizons();
    double loss = 0;
    for (long code : ends) {
      int s = (int) (code / length);
      int end = (int) (code % length);
      int base = s * length;
      float[] out = model.normalizedForward(series, base + end);
      float scale = model.scale();
      for (int i = 0; i < horizons.length; i++) {
        targets[i] = series[base + end - 1 + horizons[i]] / scale - 1;
      }
      loss += Losses.mse(out, 0, targets, 0, horizons.length, dOutputs, 0);
      model.backward(dOutputs);
    }
    adam.step(ends.length);
    return (float) (loss / ends.length);
  }

  /**
   * Trains for a number of steps on random windows.
   *
   * @param series the values, {@code count x length}
   * @param length values per series
   * @param steps optimizer steps
   * @param batchSize windows per step
   * @param seed where the windows fall
   * @return the mean loss of the last tenth of the steps
   */
  public float train(float[] series, int length, int steps, int batchSize, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int count = series.length / length;
    int window = model.window();
    int reach = 0;
    for (int h : model.horizons()) {
      reach = Math.max(reach, h);
    }
    if (length < window + reach) {
      throw new IllegalArgumentException(
          "series of "
              + length
              + " values cannot hold a "
              + window
              + "-value window and a "
              + reach
              + "-interval horizon");
    }
    long[] ends = new long[batchSize];
    double late = 0;
    int lateSteps = 0;
    for (int step = 0; step < steps; step++) {
      for (int b = 0; b < batchSize; b++) {
        int s = random.nextInt(count);
        int end = window + random.nextInt(length - window - reach + 1);
        ends[b] = (long) s * length + end;
      }
      float loss = step(series, length, ends);
      if (step >= steps - Math.max(1, steps / 10)) {
        late += loss;
        lateSteps++;
      }
    }
    return (float) (late / lateSteps);
  }
}
