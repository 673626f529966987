package org.mfn.layers.nn;

/**
 * The float kernels every layer is built on: dot product, axpy, matrix-vector products (plain and
 * transposed), blocked matrix-matrix product, rank-one update and element-wise activations.
 * Matrices are row-major in flat arrays addressed by an offset. No allocation, no bounds beyond the
 * arrays'. Stateless.
 *
 * <p>Dot products and axpy run on the Vector API ({@link VectorKernels}) when the JVM has {@code
 * jdk.incubator.vector} ({@code --add-modules jdk.incubator.vector}; the benchmarks' forks do), and
 * on the scalar loops here otherwise ({@link #dotScalar}, four independent accumulators: C2 does
 * not vectorize a float reduction, whose order it must keep). {@link #vectorLanes()} says which:
 * the kernel benchmark measures both side by side.
 */
public final class Kernels {
  private static final boolean VECTOR =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
          && !Boolean.getBoolean("mfn.nn.scalar");

  private Kernels() {}

  /** Returns the Vector API's lanes in use, or 0 when the scalar kernels run. */
  public static int vectorLanes() {
    return VECTOR ? VectorKernels.lanes() : 0;
  }

  /**
   * Returns {@code sum(a[aOff + i] * b[bOff + i])} for {@code i < n}, with four accumulators.
   *
   * @param a first vector
   * @param aOff its offset
   * @param b second vector
   * @param bOff its offset
   * @param n length
   * @return the dot product
   */
  public static float dot(float[] a, int aOff, float[] b, int bOff, int n) {
    return VECTOR ? VectorKernels.dot(a, aOff, b, bOff, n) : dotScalar(a, aOff, b, bOff, n);
  }

  /** {@link #dot} on the scalar loop, whatever the JVM has: the reference and the fallback. */
  public static float dotScalar(float[] a, int aOff, float[] b, int bOff, int n) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += a[aOff + i] * b[bOff + i];
      s1 += a[aOff + i + 1] * b[bOff + i + 1];
      s2 += a[aOff + i + 2] * b[bOff + i + 2];
      s3 += a[aOff + i + 3] * b[bOff + i + 3];
    }
    for (; i < n; i++) {
      s0 += a[aOff + i] * b[bOff + i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** {@code y[yOff + i] += alpha * x[xOff + i]} for {@code i < n}. */
  public static void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int n) {
    if (VECTOR) {
      VectorKernels.axpy(alpha, x, xOff, y, yOff, n);
      return;
    }
    for (int i = 0; i < n; i++) {
      y[yOff + i] += alpha * x[xOff + i];
    }
  }

  /**
   * {@code y += W x}: W is {@code rows x cols} at {@code wOff}, x has {@code cols} values, y has
   * {@code rows}.
   */
  public static void matVecAdd(
      float[] w, int wOff, int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
    for (int r = 0; r < rows; r++) {
      y[yOff + r] += dot(w, wOff + r * cols, x, xOff, cols);
    }
  }

  /**
   * {@code y += W^T x}: W is {@code rows x cols} at {@code wOff}, x has {@code rows} values, y has
   * {@code cols}; row by row, as axpy, so that memory is read in order.
   */
  public static void matTransVecAdd(
      float[] w, int wOff, int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
    for (int r = 0; r < rows; r++) {
      axpy(x[xOff + r], w, wOff + r * cols, y, yOff, cols);
    }
  }

  /**
   * {@code G += a b^T}: G is {@code rows x cols} at {@code gOff}, a has {@code rows} values, b has
   * {@code cols}.
   */
  public static void outerAdd(
      float[] g, int gOff, int rows, int cols, float[] a, int aOff, float[] b, int bOff) {
    for (int r = 0; r < rows; r++) {
      axpy(a[aOff + r], b, bOff, g, gOff + r * cols, cols);
    }
  }

  /** Edge of the square blocks {@link #matMulAdd} works in, in floats (64 x 64 x 4 B = 16 KiB). */
  static final int BLOCK = 64;

  /**
   * {@code C += A B}, blocked: A is {@code m x k}, B is {@code k x n}, C is {@code m x n}, all
   * row-major at offsets. The work goes block by block ({@link #BLOCK} square) so that the rows of
   * B in use stay in cache, and each inner step is an axpy of a row of B into a row of C.
   */
  public static void matMulAdd(
      float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n) {
    for (int i0 = 0; i0 < m; i0 += BLOCK) {
      int i1 = Math.min(m, i0 + BLOCK);
      for (int p0 = 0; p0 < k; p0 += BLOCK) {
        int p1 = Math.min(k, p0 + BLOCK);
        for (int j0 = 0; j0 < n; j0 += BLOCK) {
          int width = Math.min(n, j0 + BLOCK) - j0;
          for (int i = i0; i < i1; i++) {
            for (int p = p0; p < p1; p++) {
              axpy(a[aOff + i * k + p], b, bOff + p * n + j0, c, cOff + i * n + j0, width);
            }
          }
        }
      }
    }
  }

  /** The logistic function, {@code 1 / (1 + e^-x)}. */
  public static float sigmoid(float x) {
    return (float) (1 / (1 + Math.exp(-x)));
  }

  /** Applies {@link #sigmoid} to {@code n} values in place. */
  public static void sigmoid(float[] v, int off, int n) {
    for (int i = off; i < off + n; i++) {
      v[i] = sigmoid(v[i]);
    }
  }

  /** Applies {@code tanh} to {@code n} values in place. */
  public static void tanh(float[] v, int off, int n) {
    for (int i = off; i < off + n; i++) {
      v[i] = (float) Math.tanh(v[i]);
    }
  }

  /** Applies ReLU to {@code n} values in place. */
  public static void relu(float[] v, int off, int n) {
    for (int i = off; i < off + n; i++) {
      v[i] = Math.max(0, v[i]);
    }
  }

  /** Turns {@code n} logits into probabilities in place (max-subtracted for stability). */
  public static void softmax(float[] v, int off, int n) {
    float max = Float.NEGATIVE_INFINITY;
    for (int i = off; i < off + n; i++) {
      max = Math.max(max, v[i]);
    }
    double sum = 0;
    for (int i = off; i < off + n; i++) {
      v[i] = (float) Math.exp(v[i] - max);
      sum += v[i];
    }
    float inverse = (float) (1 / sum);
    for (int i = off; i < off + n; i++) {
      v[i] *= inverse;
    }
  }

  /** Scales {@code n} values so that their Euclidean norm is 1 (left as they are if all zero). */
  public static void normalize(float[] v, int off, int n) {
    float norm = (float) Math.sqrt(dot(v, off, v, off, n));
    if (norm > 0) {
      float inverse = 1 / norm;
      for (int i = off; i < off + n; i++) {
        v[i] *= inverse;
      }
    }
  }
}
