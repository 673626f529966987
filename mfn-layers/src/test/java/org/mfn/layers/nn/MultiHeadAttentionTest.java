package org.mfn.layers.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attention against a straightforward reference (loops over heads, positions and features, in
 * double, written from the formula), causal masking, and every gradient against central
 * differences.
 */
class MultiHeadAttentionTest {

  @ParameterizedTest(name = "causal {0}")
  @ValueSource(booleans = {false, true})
  void forward_equalsTheReferenceLoops(boolean causal) {
    SplittableRandom random = new SplittableRandom(causal ? 1 : 2);
    for (int trial = 0; trial < 20; trial++) {
      int heads = 1 + random.nextInt(4);
      int d = heads * (1 + random.nextInt(6));
      int steps = 1 + random.nextInt(9);
      MultiHeadAttention attention = new MultiHeadAttention(d, heads, causal, trial);
      float[] x = values(random, steps * d);
      float[] y = new float[steps * d];
      attention.forward(x, 0, steps, y, 0, new MultiHeadAttention.Trace());
      double[] expected = reference(attention.parameters(), x, steps, d, heads, causal);
      for (int i = 0; i < y.length; i++) {
        assertThat((double) y[i])
            .as("trial %d, value %d", trial, i)
            .isCloseTo(expected[i], within(1e-4));
      }
    }
  }

  @Test
  void causal_aPositionSeesNothingAfterIt() {
    int d = 8;
    int steps = 6;
    MultiHeadAttention attention = new MultiHeadAttention(d, 2, true, 3);
    SplittableRandom random = new SplittableRandom(4);
    float[] x = values(random, steps * d);
    float[] y = new float[steps * d];
    MultiHeadAttention.Trace trace = new MultiHeadAttention.Trace();
    attention.forward(x, 0, steps, y, 0, trace);
    for (int h = 0; h < 2; h++) {
      for (int t = 0; t < steps; t++) {
        for (int u = t + 1; u < steps; u++) {
          assertThat(trace.weight(h, t, u)).isZero();
        }
      }
    }
    float[] changed = x.clone();
    for (int i = 4 * d; i < steps * d; i++) {
      changed[i] += 1; // change positions 4 and 5
    }
    float[] y2 = new float[steps * d];
    attention.forward(changed, 0, steps, y2, 0, new MultiHeadAttention.Trace());
    for (int i = 0; i < 4 * d; i++) {
      assertThat(y2[i]).as("output %d of positions 0..3", i).isEqualTo(y[i]);
    }
  }

  @ParameterizedTest(name = "causal {0}")
  @ValueSource(booleans = {false, true})
  void gradients_matchCentralDifferences(boolean causal) {
    int d = 8;
    int steps = 5;
    MultiHeadAttention attention = new MultiHeadAttention(d, 2, causal, 5);
    SplittableRandom random = new SplittableRandom(6);
    float[] x = values(random, steps * d);
    float[] target = values(random, steps * d);
    float[] y = new float[steps * d];
    MultiHeadAttention.Trace trace = new MultiHeadAttention.Trace();
    java.util.function.Supplier<Float> loss =
        () -> {
          attention.forward(x, 0, steps, y, 0, trace);
          return Losses.mse(y, 0, target, 0, steps * d, null, 0);
        };
    float[] dy = new float[steps * d];
    float[] dx = new float[steps * d];
    attention.zeroGradients();
    attention.forward(x, 0, steps, y, 0, trace);
    Losses.mse(y, 0, target, 0, steps * d, dy, 0);
    attention.backward(x, 0, trace, dy, 0, dx, 0, new float[attention.workSize(steps)]);
    GradientCheckTest.check(
        attention.parameters(), attention.gradients(), loss, "attention parameter");
    GradientCheckTest.check(x, dx, loss, "attention input");
  }

  @Test
  void badShapes_areRefusedNamingTheValues() {
    assertThatThrownBy(() -> new MultiHeadAttention(10, 3, true, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the width must be a positive multiple of the heads: 10 and 3");
    assertThatThrownBy(
            () ->
                new MultiHeadAttention(4, 2, true, 1)
                    .forward(new float[4], 0, 0, new float[4], 0, new MultiHeadAttention.Trace()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attention needs at least 1 position: 0");
  }

  /** The formula, in double, loop by loop. */
  static double[] reference(float[] p, float[] x, int steps, int d, int heads, boolean causal) {
    int dd = d * d;
    double[][] q = new double[steps][d];
    double[][] k = new double[steps][d];
    double[][] v = new double[steps][d];
    for (int t = 0; t < steps; t++) {
      for (int j = 0; j < d; j++) {
        for (int i = 0; i < d; i++) {
          q[t][j] += x[t * d + i] * p[i * d + j];
          k[t][j] += x[t * d + i] * p[dd + i * d + j];
          v[t][j] += x[t * d + i] * p[2 * dd + i * d + j];
        }
      }
    }
    int hw = d / heads;
    double[][] o = new double[steps][d];
    for (int h = 0; h < heads; h++) {
      for (int t = 0; t < steps; t++) {
        double[] s = new double[steps];
        double max = Double.NEGATIVE_INFINITY;
        for (int u = 0; u < steps; u++) {
          if (causal && u > t) {
            s[u] = Double.NEGATIVE_INFINITY;
            continue;
          }
          for (int j = h * hw; j < (h + 1) * hw; j++) {
            s[u] += q[t][j] * k[u][j];
          }
          s[u] /= Math.sqrt(hw);
          max = Math.max(max, s[u]);
        }
        double sum = 0;
        for (int u = 0; u < steps; u++) {
          s[u] = Math.exp(s[u] - max);
          sum += s[u];
        }
        for (int u = 0; u < steps; u++) {
          for (int j = h * hw; j < (h + 1) * hw; j++) {
            o[t][j] += s[u] / sum * v[u][j];
          }
        }
      }
    }
    double[] y = new double[steps * d];
    for (int t = 0; t < steps; t++) {
      for (int j = 0; j < d; j++) {
        for (int i = 0; i < d; i++) {
          y[t * d + j] += o[t][i] * p[3 * dd + i * d + j];
        }
      }
    }
    return y;
  }

  private static float[] values(SplittableRandom random, int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) (random.nextDouble() * 2 - 1);
    }
    return v;
  }
}
