package org.mfn.layers.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The kernels against naive double-precision loops, on seeded random data of awkward sizes. */
class KernelsTest {
  @Test
  void dotMatVecAndTransposes_equalNaiveDoubleLoops() {
    SplittableRandom random = new SplittableRandom(1);
    for (int trial = 0; trial < 200; trial++) {
      int rows = 1 + random.nextInt(37);
      int cols = 1 + random.nextInt(41);
      float[] w = values(random, rows * cols + 3);
      float[] x = values(random, cols + 2);
      float[] xr = values(random, rows + 1);
      float[] y = values(random, rows);
      float[] yt = values(random, cols);
      float[] expectedY = y.clone();
      float[] expectedYt = yt.clone();
      for (int r = 0; r < rows; r++) {
        double sum = 0;
        for (int c = 0; c < cols; c++) {
          sum += (double) w[3 + r * cols + c] * x[2 + c];
        }
        expectedY[r] += (float) sum;
      }
      for (int c = 0; c < cols; c++) {
        double sum = 0;
        for (int r = 0; r < rows; r++) {
          sum += (double) w[3 + r * cols + c] * xr[1 + r];
        }
        expectedYt[c] += (float) sum;
      }
      Kernels.matVecAdd(w, 3, rows, cols, x, 2, y, 0);
      Kernels.matTransVecAdd(w, 3, rows, cols, xr, 1, yt, 0);
      for (int r = 0; r < rows; r++) {
        assertThat(y[r]).isCloseTo(expectedY[r], within(1e-4f));
      }
      for (int c = 0; c < cols; c++) {
        assertThat(yt[c]).isCloseTo(expectedYt[c], within(1e-4f));
      }
    }
  }

  @Test
  void blockedMatMul_equalsTheNaiveTripleLoop() {
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 30; trial++) {
      int m = 1 + random.nextInt(150);
      int k = 1 + random.nextInt(150);
      int n = 1 + random.nextInt(150);
      float[] a = values(random, m * k + 1);
      float[] b = values(random, k * n + 2);
      float[] c = values(random, m * n);
      float[] expected = c.clone();
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          double sum = 0;
          for (int p = 0; p < k; p++) {
            sum += (double) a[1 + i * k + p] * b[2 + p * n + j];
          }
          expected[i * n + j] += (float) sum;
        }
      }
      Kernels.matMulAdd(a, 1, b, 2, c, 0, m, k, n);
      for (int i = 0; i < m * n; i++) {
        assertThat(c[i])
            .as("trial %d, %dx%dx%d, element %d", trial, m, k, n, i)
            .isCloseTo(expected[i], within(1e-3f));
      }
    }
  }

  @Test
  void outerAddAndActivations_equalTheirDefinitions() {
    SplittableRandom random = new SplittableRandom(2);
    float[] g = new float[12];
    float[] a = values(random, 3);
    float[] b = values(random, 4);
    Kernels.outerAdd(g, 0, 3, 4, a, 0, b, 0);
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        assertThat(g[r * 4 + c]).isEqualTo(a[r] * b[c]);
      }
    }
    float[] v = {-3, 0, 2};
    Kernels.softmax(v, 0, 3);
    double sum = Math.exp(-3) + 1 + Math.exp(2);
    assertThat(v[2]).isCloseTo((float) (Math.exp(2) / sum), within(1e-6f));
    assertThat(v[0] + v[1] + v[2]).isCloseTo(1f, within(1e-6f));
    float[] n = {3, 4};
    Kernels.normalize(n, 0, 2);
    assertThat(n).containsExactly(0.6f, 0.8f);
    assertThat(Kernels.sigmoid(0)).isEqualTo(0.5f);
  }

  private static float[] values(SplittableRandom random, int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) (random.nextDouble() * 2 - 1);
    }
    return v;
  }
}
