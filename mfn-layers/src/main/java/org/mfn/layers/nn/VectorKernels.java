package org.mfn.layers.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The hot kernels on the Vector API ({@code jdk.incubator.vector}): loaded only when that module is
 * in the JVM ({@code --add-modules jdk.incubator.vector}); {@link Kernels} falls back to its scalar
 * loops otherwise. The lane count is the platform's preferred (16 floats with AVX-512). Results
 * differ from the scalar kernels only by the order of the additions.
 */
final class VectorKernels {
  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

  private VectorKernels() {}

  static int lanes() {
    return SPECIES.length();
  }

  static float dot(float[] a, int aOff, float[] b, int bOff, int n) {
    FloatVector s0 = FloatVector.zero(SPECIES);
    FloatVector s1 = FloatVector.zero(SPECIES);
    int step = SPECIES.length();
    int i = 0;
    for (; i + 2 * step <= n; i += 2 * step) {
      s0 =
          FloatVector.fromArray(SPECIES, a, aOff + i)
              .fma(FloatVector.fromArray(SPECIES, b, bOff + i), s0);
      s1 =
          FloatVector.fromArray(SPECIES, a, aOff + i + step)
              .fma(FloatVector.fromArray(SPECIES, b, bOff + i + step), s1);
    }
    for (; i + step <= n; i += step) {
      s0 =
          FloatVector.fromArray(SPECIES, a, aOff + i)
              .fma(FloatVector.fromArray(SPECIES, b, bOff + i), s0);
    }
    float sum = s0.add(s1).reduceLanes(VectorOperators.ADD);
    for (; i < n; i++) {
      sum += a[aOff + i] * b[bOff + i];
    }
    return sum;
  }

  static void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int n) {
    int step = SPECIES.length();
    FloatVector a = FloatVector.broadcast(SPECIES, alpha);
    int i = 0;
    for (; i + step <= n; i += step) {
      FloatVector.fromArray(SPECIES, x, xOff + i)
          .fma(a, FloatVector.fromArray(SPECIES, y, yOff + i))
          .intoArray(y, yOff + i);
    }
    for (; i < n; i++) {
      y[yOff + i] += alpha * x[xOff + i];
    }
  }
}
