package org.mfn.layers.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every analytic gradient against a central finite difference, {@code (L(w + e) - L(w - e)) / 2e}:
 * for each parameter of Dense and Lstm (all four gates, over several time steps, with the loss on
 * every step's hidden state) and for the inputs. Relative error below 1e-3 wherever the gradient is
 * not tiny (below 1e-4 in absolute value both must agree to 1e-6).
 */
class GradientCheckTest {
  private static final float EPS = 1e-2f;

  @Test
  void dense_withSoftmaxCrossEntropy() {
    Dense dense = new Dense(5, 3, 1);
    float[] x = random(5, 2);
    float[] logits = new float[3];
    float[] dLogits = new float[3];
    float[] dx = new float[5];
    Supplier<Float> loss =
        () -> {
          dense.forward(x, 0, logits, 0);
          return Losses.softmaxCrossEntropy(logits, 0, 3, 2, null, 0);
        };
    dense.zeroGradients();
    dense.forward(x, 0, logits, 0);
    Losses.softmaxCrossEntropy(logits, 0, 3, 2, dLogits, 0);
    dense.backward(x, 0, dLogits, 0, dx, 0);
    check(dense.parameters(), dense.gradients(), loss, "dense parameter");
    check(x, dx, loss, "dense input");
  }

  @Test
  void lstm_allGatesOverSeveralSteps_withTheLossOnEveryHiddenState() {
    int in = 3;
    int hidden = 4;
    int steps = 6;
    Lstm lstm = new Lstm(in, hidden, 7);
    float[] xs = random(steps * in, 3);
    float[] targets = random(steps * hidden, 4);
    Lstm.Trace trace = new Lstm.Trace();
    Supplier<Float> loss =
        () -> {
          lstm.forward(xs, 0, steps, trace);
          return Losses.mse(trace.h(), hidden, targets, 0, steps * hidden, null, 0);
        };
    float[] dh = new float[steps * hidden];
    float[] dxs = new float[steps * in];
    lstm.zeroGradients();
    lstm.forward(xs, 0, steps, trace);
    Losses.mse(trace.h(), hidden, targets, 0, steps * hidden, dh, 0);
    lstm.backward(xs, 0, trace, dh, null, dxs, new float[lstm.workSize()]);
    check(lstm.parameters(), lstm.gradients(), loss, "lstm parameter");
    check(xs, dxs, loss, "lstm input");
  }

  @Test
  void lstm_lastStateOnly_throughADenseHead() {
    int in = 2;
    int hidden = 5;
    int steps = 4;
    Lstm lstm = new Lstm(in, hidden, 9);
    Dense head = new Dense(hidden, 3, 10);
    float[] xs = random(steps * in, 5);
    Lstm.Trace trace = new Lstm.Trace();
    float[] logits = new float[3];
    Supplier<Float> loss =
        () -> {
          int last = lstm.forward(xs, 0, steps, trace);
          head.forward(trace.h(), last, logits, 0);
          return Losses.softmaxCrossEntropy(logits, 0, 3, 1, null, 0);
        };
    lstm.zeroGradients();
    head.zeroGradients();
    int last = lstm.forward(xs, 0, steps, trace);
    head.forward(trace.h(), last, logits, 0);
    float[] dLogits = new float[3];
    Losses.softmaxCrossEntropy(logits, 0, 3, 1, dLogits, 0);
    float[] dLast = new float[hidden];
    head.backward(trace.h(), last, dLogits, 0, dLast, 0);
    lstm.backward(xs, 0, trace, null, dLast, null, new float[lstm.workSize()]);
    check(lstm.parameters(), lstm.gradients(), loss, "lstm parameter");
    check(head.parameters(), head.gradients(), loss, "head parameter");
  }

  @Test
  void losses_mseAndCrossEntropy() {
    float[] p = random(6, 11);
    float[] t = random(6, 12);
    float[] grad = new float[6];
    Losses.mse(p, 0, t, 0, 6, grad, 0);
    check(p, grad, () -> Losses.mse(p, 0, t, 0, 6, null, 0), "mse");
    Losses.softmaxCrossEntropy(p, 0, 6, 4, grad, 0);
    check(p, grad, () -> Losses.softmaxCrossEntropy(p, 0, 6, 4, null, 0), "cross-entropy");
  }

  static void check(float[] values, float[] analytic, Supplier<Float> loss, String what) {
    int checked = 0;
    for (int i = 0; i < values.length; i++) {
      float saved = values[i];
      values[i] = saved + EPS;
      double plus = loss.get();
      values[i] = saved - EPS;
      double minus = loss.get();
      values[i] = saved;
      double numeric = (plus - minus) / (2 * EPS);
      double a = analytic[i];
      double scale = Math.max(Math.abs(a), Math.abs(numeric));
      if (scale < 1e-2) {
        assertThat(Math.abs(a - numeric))
            .as("%s %d: analytic %s, numeric %s", what, i, a, numeric)
            .isLessThan(2e-5);
      } else {
        assertThat(Math.abs(a - numeric) / scale)
            .as("%s %d: analytic %s, numeric %s", what, i, a, numeric)
            .isLessThan(1e-3);
        checked++;
      }
    }
    assertThat(checked).as("%s: gradients large enough to compare", what).isPositive();
  }

  private static float[] random(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) (random.nextDouble() * 2 - 1);
    }
    return v;
  }
}
