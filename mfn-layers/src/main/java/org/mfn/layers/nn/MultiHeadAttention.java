package org.mfn.layers.nn;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Multi-head scaled dot-product self-attention (Vaswani et al. 2017) over a sequence of {@code T}
 * vectors of width {@code D}, with {@code H} heads of width {@code D/H}, optionally causal (a
 * position attends only to itself and earlier ones). Forward and backward.
 *
 * <pre>
 * Q = X W_q,  K = X W_k,  V = X W_v                     (T x D each)
 * head h: A_h = softmax(Q_h K_h^T / sqrt(D/H))          (T x T, masked when causal)
 *         O_h = A_h V_h
 * Y = [O_1 .. O_H] W_o
 * </pre>
 *
 * Parameters in one flat array: {@code W_q, W_k, W_v, W_o}, each {@code D x D} row-major with rows
 * indexing the input (so the projections of a whole sequence are one {@link Kernels#matMulAdd}), no
 * biases. A forward pass keeps Q, K, V, the attention weights and O in a {@link Trace} for the
 * backward pass. Built on the {@code nn} kernels only. Seeded initialisation; not thread-safe.
 */
public final class MultiHeadAttention implements Trainable {
  private final int width;
  private final int heads;
  private final int headWidth;
  private final boolean causal;
  private final float[] params;
  private final float[] grads;

  /**
   * Creates the block.
   *
   * @param width model width D, at least 1 and a multiple of {@code heads}
   * @param heads heads H, at least 1
   * @param causal whether position t may attend only to positions up to t
   * @param seed initialisation seed
   */
  public MultiHeadAttention(int width, int heads, boolean causal, long seed) {
    if (heads < 1 || width < 1 || width % heads != 0) {
      throw new IllegalArgumentException(
          "the width must be a positive multiple of the heads: " + width + " and " + heads);
    }
    this.width = width;
    this.heads = heads;
    this.headWidth = width / heads;
    this.causal = causal;
    this.params = new float[4 * width * width];
    this.grads = new float[params.length];
    SplittableRandom random = new SplittableRandom(seed);
    double limit = Math.sqrt(3.0 / width);
    for (int i = 0; i < params.length; i++) {
      params[i] = (float) ((2 * random.nextDouble() - 1) * limit);
    }
  }

  /** Returns the model width D. */
  public int width() {
    return width;
  }

  /** Returns the number of heads H. */
  public int heads() {
    return heads;
  }

  /** Returns the floating-point operations of one forward pass over {@code steps} positions. */
  public long forwardFlops(int steps) {
    long projections = 4L * 2 * steps * width * width;
    long pairs = causal ? (long) steps * (steps + 1) / 2 : (long) steps * steps;
    return projections + 2L * 2 * pairs * width; // scores and weighted sums, over all heads
  }

  /** What a forward pass keeps for the backward pass; reused. */
  public static final class Trace {
    float[] q = new float[0];
    float[] k = new float[0];
    float[] v = new float[0];
    float[] o = new float[0];
    float[] a = new float[0]; // H x T x T
    int steps;

    void ensure(int steps, int width, int heads) {
      if (q.length < steps * width || a.length < heads * steps * steps) {
        q = new float[steps * width];
        k = new float[steps * width];
        v = new float[steps * width];
        o = new float[steps * width];
        a = new float[heads * steps * steps];
      }
      this.steps = steps;
    }

    /** Returns attention weight of head h from position t to position u (0 when masked). */
    public float weight(int head, int t, int u) {
      return a[(head * steps + t) * steps + u];
    }
  }

  /**
   * Runs the block forward.
   *
   * @param x the input, {@code steps x D}
   * @param xOff its offset
   * @param steps positions, at least 1
   * @param y where the output goes, {@code steps x D} (overwritten)
   * @param yOff its offset
   * @param trace kept for {@link #backward}
   */
  public void forward(float[] x, int xOff, int steps, float[] y, int yOff, Trace trace) {
    if (steps < 1) {
      throw new IllegalArgumentException("attention needs at least 1 position: " + steps);
    }
    int d = width;
    int dd = d * d;
    trace.ensure(steps, d, heads);
    Arrays.fill(trace.q, 0, steps * d, 0f);
    Arrays.fill(trace.k, 0, steps * d, 0f);
    Arrays.fill(trace.v, 0, steps * d, 0f);
    Arrays.fill(trace.o, 0, steps * d, 0f);
    Kernels.matMulAdd(x, xOff, params, 0, trace.q, 0, steps, d, d);
    Kernels.matMulAdd(x, xOff, params, dd, trace.k, 0, steps, d, d);
    Kernels.matMulAdd(x, xOff, params, 2 * dd, trace.v, 0, steps, d, d);
    float scale = (float) (1 / Math.sqrt(headWidth));
    for (int h = 0; h < heads; h++) {
      int col = h * headWidth;
      for (int t = 0; t < steps; t++) {
        int row = (h * steps + t) * steps;
        int last = causal ? t : steps - 1;
        for (int u = 0; u <= last; u++) {
          trace.a[row + u] =
              scale * Kernels.dot(trace.q, t * d + col, trace.k, u * d + col, headWidth);
        }
        Kernels.softmax(trace.a, row, last + 1);
        Arrays.fill(trace.a, row + last + 1, row + steps, 0f);
        for (int u = 0; u <= last; u++) {
          Kernels.axpy(trace.a[row + u], trace.v, u * d + col, trace.o, t * d + col, headWidth);
        }
      }
    }
    Arrays.fill(y, yOff, yOff + steps * d, 0f);
    Kernels.matMulAdd(trace.o, 0, params, 3 * dd, y, yOff, steps, d, d);
  }

  /**
   * Adds the parameter gradients for an output gradient and writes the input gradient.
   *
   * @param x the input of the forward pass
   * @param xOff its offset
   * @param trace the forward pass's trace
   * @param dy gradient of the loss with respect to the output, {@code steps x D}
   * @param dyOff its offset
   * @param dx where the input gradient goes ({@code steps x D}, overwritten), or null
   * @param dxOff its offset
   * @param work scratch of at least {@link #workSize(int)} floats
   */
  public void backward(
      float[] x,
      int xOff,
      Trace trace,
      float[] dy,
      int dyOff,
      float[] dx,
      int dxOff,
      float[] work) {
    int steps = trace.steps;
    int d = width;
    int dd = d * d;
    int dO = 0;
    int dQ = steps * d;
    int dK = 2 * steps * d;
    int dV = 3 * steps * d;
    int dA = 4 * steps * d; // steps floats, one row of a head's weights
    Arrays.fill(work, 0, 4 * steps * d, 0f);
    for (int t = 0; t < steps; t++) {
      Kernels.outerAdd(grads, 3 * dd, d, d, trace.o, t * d, dy, dyOff + t * d);
      Kernels.matVecAdd(params, 3 * dd, d, d, dy, dyOff + t * d, work, dO + t * d);
    }
    float scale = (float) (1 / Math.sqrt(headWidth));
    for (int h = 0; h < heads; h++) {
      int col = h * headWidth;
      for (int t = 0; t < steps; t++) {
        int row = (h * steps + t) * steps;
        int last = causal ? t : steps - 1;
        float weighted = 0;
        for (int u = 0; u <= last; u++) {
          float g = Kernels.dot(work, dO + t * d + col, trace.v, u * d + col, headWidth);
          work[dA + u] = g;
          weighted += trace.a[row + u] * g;
          Kernels.axpy(trace.a[row + u], work, dO + t * d + col, work, dV + u * d + col, headWidth);
        }
        for (int u = 0; u <= last; u++) {
          float ds = trace.a[row + u] * (work[dA + u] - weighted) * scale;
          Kernels.axpy(ds, trace.k, u * d + col, work, dQ + t * d + col, headWidth);
          Kernels.axpy(ds, trace.q, t * d + col, work, dK + u * d + col, headWidth);
        }
      }
    }
    if (dx != null) {
      Arrays.fill(dx, dxOff, dxOff + steps * d, 0f);
    }
    for (int t = 0; t < steps; t++) {
      for (int m = 0; m < 3; m++) {
        int g = m == 0 ? dQ : m == 1 ? dK : dV;
        Kernels.outerAdd(grads, m * dd, d, d, x, xOff + t * d, work, g + t * d);
        if (dx != null) {
          Kernels.matVecAdd(params, m * dd, d, d, work, g + t * d, dx, dxOff + t * d);
        }
      }
    }
  }

  /** Returns the scratch {@link #backward} needs for {@code steps} positions. */
  public int workSize(int steps) {
    return 4 * steps * width + steps;
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
