package org.mfn.layers.nn;

import java.util.SplittableRandom;

/**
 * A fully connected layer, {@code y = W x + b}: W is {@code out x in}, row-major, then b, in one
 * flat parameter array. Initialised from a seed (Glorot uniform, zero bias). Not thread-safe.
 */
public final class Dense implements Trainable {
  private final int in;
  private final int out;
  private final float[] params;
  private final float[] grads;

  /**
   * Creates the layer.
   *
   * @param in inputs, at least 1
   * @param out outputs, at least 1
   * @param seed initialisation seed
   */
  public Dense(int in, int out, long seed) {
    if (in < 1 || out < 1) {
      throw new IllegalArgumentException(
          "a dense layer needs at least 1 input and 1 output: " + in + " x " + out);
    }
    this.in = in;
    this.out = out;
    this.params = new float[out * in + out];
    this.grads = new float[params.length];
    SplittableRandom random = new SplittableRandom(seed);
    double limit = Math.sqrt(6.0 / (in + out));
    for (int i = 0; i < out * in; i++) {
      params[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
    }
  }

  /** Returns the input size. */
  public int inputs() {
    return in;
  }

  /** Returns the output size. */
  public int outputs() {
    return out;
  }

  /** Writes {@code W x + b} into {@code y[yOff ..]}. */
  public void forward(float[] x, int xOff, float[] y, int yOff) {
    System.arraycopy(params, out * in, y, yOff, out);
    Kernels.matVecAdd(params, 0, out, in, x, xOff, y, yOff);
  }

  /**
   * Adds this example's gradients for an output gradient and returns the input gradient.
   *
   * @param x the input the forward pass saw
   * @param xOff its offset
   * @param dy gradient of the loss with respect to the output
   * @param dyOff its offset
   * @param dx where the gradient with respect to the input goes (overwritten), or null
   * @param dxOff its offset
   */
  public void backward(float[] x, int xOff, float[] dy, int dyOff, float[] dx, int dxOff) {
    Kernels.outerAdd(grads, 0, out, in, dy, dyOff, x, xOff);
    Kernels.axpy(1, dy, dyOff, grads, out * in, out);
    if (dx != null) {
      java.util.Arrays.fill(dx, dxOff, dxOff + in, 0f);
      Kernels.matTransVecAdd(params, 0, out, in, dy, dyOff, dx, dxOff);
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
