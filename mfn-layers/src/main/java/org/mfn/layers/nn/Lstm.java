package org.mfn.layers.nn;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A long short-term memory layer (Hochreiter and Schmidhuber 1997, with a forget gate) over a
 * sequence, forward and backward through time. Gates in the order input, forget, cell, output;
 * parameters in one flat array: {@code W_x} ({@code 4H x in}), {@code W_h} ({@code 4H x H}), then
 * the bias ({@code 4H}, the forget gate's initialised to 1). Per step:
 *
 * <pre>
 * z = W_x x_t + W_h h_{t-1} + b;  i = σ(z_i), f = σ(z_f), g = tanh(z_g), o = σ(z_o)
 * c_t = f ⊙ c_{t-1} + i ⊙ g;      h_t = o ⊙ tanh(c_t)
 * </pre>
 *
 * A forward pass records what the backward pass needs in a {@link Trace}, which is reused between
 * calls (no allocation once it is large enough). Initialisation is seeded (uniform in ±1/√H). Not
 * thread-safe; one trace per thread.
 */
public final class Lstm implements Trainable {
  private final int in;
  private final int hidden;
  private final float[] params;
  private final float[] grads;
  private final int whOff;
  private final int bOff;

  /**
   * Creates the layer.
   *
   * @param in input features per step, at least 1
   * @param hidden hidden units, at least 1
   * @param seed initialisation seed
   */
  public Lstm(int in, int hidden, long seed) {
    if (in < 1 || hidden < 1) {
      throw new IllegalArgumentException(
          "an LSTM needs at least 1 input and 1 hidden unit: " + in + ", " + hidden);
    }
    this.in = in;
    this.hidden = hidden;
    int gates = 4 * hidden;
    this.whOff = gates * in;
    this.bOff = whOff + gates * hidden;
    this.params = new float[bOff + gates];
    this.grads = new float[params.length];
    SplittableRandom random = new SplittableRandom(seed);
    double limit = 1 / Math.sqrt(hidden);
    for (int i = 0; i < bOff; i++) {
      params[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
    }
    Arrays.fill(params, bOff + hidden, bOff + 2 * hidden, 1f); // forget gate bias
  }

  /** Returns the input size per step. */
  public int inputs() {
    return in;
  }

  /** Returns the hidden size. */
  public int hidden() {
    return hidden;
  }

  /** What a forward pass keeps for the backward pass; grows as needed, then is reused. */
  public static final class Trace {
    float[] h = new float[0]; // (steps + 1) x H, h[0..H) = initial state (zeros)
    float[] c = new float[0];
    float[] gates = new float[0]; // steps x 4H, after activation
    float[] tanhC = new float[0]; // steps x H
    int steps;

    void ensure(int steps, int hidden) {
      if (h.length < (steps + 1) * hidden) {
        h = new float[(steps + 1) * hidden];
        c = new float[(steps + 1) * hidden];
        gates = new float[steps * 4 * hidden];
        tanhC = new float[steps * hidden];
      }
      Arrays.fill(h, 0, hidden, 0f);
      Arrays.fill(c, 0, hidden, 0f);
      this.steps = steps;
    }

    /** Returns the hidden state after step {@code t} (0-based) as an offset into {@link #h()}. */
    public int hiddenOffset(int t, int hiddenSize) {
      return (t + 1) * hiddenSize;
    }

    /** Returns the hidden states, {@code (steps + 1) x H}, the first row the zero initial state. */
    public float[] h() {
      return h;
    }
  }

  /**
   * Runs the sequence forward.
   *
   * @param xs the inputs, {@code steps x in}, row per step
   * @param xOff offset of the first step
   * @param steps steps, at least 1
   * @param trace where the states go (reused)
   * @return the offset of the last hidden state in {@code trace.h()}
   */
  public int forward(float[] xs, int xOff, int steps, Trace trace) {
    if (steps < 1) {
      throw new IllegalArgumentException("a sequence needs at least 1 step: " + steps);
    }
    int gatesSize = 4 * hidden;
    trace.ensure(steps, hidden);
    for (int t = 0; t < steps; t++) {
      int z = t * gatesSize;
      System.arraycopy(params, bOff, trace.gates, z, gatesSize);
      Kernels.matVecAdd(params, 0, gatesSize, in, xs, xOff + t * in, trace.gates, z);
      Kernels.matVecAdd(params, whOff, gatesSize, hidden, trace.h, t * hidden, trace.gates, z);
      Kernels.sigmoid(trace.gates, z, 2 * hidden); // input, forget
      Kernels.tanh(trace.gates, z + 2 * hidden, hidden); // cell candidate
      Kernels.sigmoid(trace.gates, z + 3 * hidden, hidden); // output
      int prev = t * hidden;
      int now = prev + hidden;
      for (int k = 0; k < hidden; k++) {
        float c =
            trace.gates[z + hidden + k] * trace.c[prev + k]
                + trace.gates[z + k] * trace.gates[z + 2 * hidden + k];
        trace.c[now + k] = c;
        float tc = (float) Math.tanh(c);
        trace.tanhC[t * hidden + k] = tc;
        trace.h[now + k] = trace.gates[z + 3 * hidden + k] * tc;
      }
    }
    return steps * hidden;
  }

  /**
   * Back-propagates through time, adding the parameter gradients of this sequence.
   *
   * @param xs the inputs of the forward pass
   * @param xOff their offset
   * @param trace the forward pass's trace
   * @param dh gradient of the loss with respect to every hidden state, {@code steps x H} (row t for
   *     {@code h_t}), or null when only the last state feeds the loss
   * @param dhLast gradient with respect to the last hidden state (added to {@code dh}'s last row),
   *     or null
   * @param dxs where the input gradients go ({@code steps x in}, overwritten), or null
   * @param work scratch of at least {@code 6 H} floats
   */
  public void backward(
      float[] xs, int xOff, Trace trace, float[] dh, float[] dhLast, float[] dxs, float[] work) {
    int steps = trace.steps;
    int gatesSize = 4 * hidden;
    int dhNext = 0; // work[0 .. H): gradient flowing into h_t from step t+1
    int dcNext = hidden; // work[H .. 2H)
    int dz = 2 * hidden; // work[2H .. 6H)
    Arrays.fill(work, 0, 2 * hidden, 0f);
    for (int t = steps - 1; t >= 0; t--) {
      int z = t * gatesSize;
      int prev = t * hidden;
      for (int k = 0; k < hidden; k++) {
        float dhk = work[dhNext + k];
        if (dh != null) {
          dhk += dh[t * hidden + k];
        }
        if (dhLast != null && t == steps - 1) {
          dhk += dhLast[k];
        }
        float i = trace.gates[z + k];
        float f = trace.gates[z + hidden + k];
        float g = trace.gates[z + 2 * hidden + k];
        float o = trace.gates[z + 3 * hidden + k];
        float tc = trace.tanhC[t * hidden + k];
        float dc = work[dcNext + k] + dhk * o * (1 - tc * tc);
        work[dz + k] = dc * g * i * (1 - i);
        work[dz + hidden + k] = dc * trace.c[prev + k] * f * (1 - f);
        work[dz + 2 * hidden + k] = dc * i * (1 - g * g);
        work[dz + 3 * hidden + k] = dhk * tc * o * (1 - o);
        work[dcNext + k] = dc * f;
      }
      Kernels.outerAdd(grads, 0, gatesSize, in, work, dz, xs, xOff + t * in);
      Kernels.outerAdd(grads, whOff, gatesSize, hidden, work, dz, trace.h, prev);
      Kernels.axpy(1, work, dz, grads, bOff, gatesSize);
      if (dxs != null) {
        Arrays.fill(dxs, t * in, (t + 1) * in, 0f);
        Kernels.matTransVecAdd(params, 0, gatesSize, in, work, dz, dxs, t * in);
      }
      Arrays.fill(work, dhNext, dhNext + hidden, 0f);
      Kernels.matTransVecAdd(params, whOff, gatesSize, hidden, work, dz, work, dhNext);
    }
  }

  /** Returns the scratch size {@link #backward} needs. */
  public int workSize() {
    return 6 * hidden;
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
