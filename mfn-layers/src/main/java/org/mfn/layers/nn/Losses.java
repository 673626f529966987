package org.mfn.layers.nn;

/** Loss functions with their gradients. Stateless; no allocation. */
public final class Losses {
  private Losses() {}

  /**
   * Mean squared error, {@code mean((p - t)^2)}, and its gradient {@code 2 (p - t) / n}.
   *
   * @param p predictions
   * @param pOff their offset
   * @param t targets
   * @param tOff their offset
   * @param n values
   * @param grad where the gradient with respect to the predictions goes (overwritten), or null
   * @param gOff its offset
   * @return the loss
   */
  public static float mse(float[] p, int pOff, float[] t, int tOff, int n, float[] grad, int gOff) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      float d = p[pOff + i] - t[tOff + i];
      sum += d * d;
      if (grad != null) {
        grad[gOff + i] = 2 * d / n;
      }
    }
    return (float) (sum / n);
  }

  /**
   * Softmax cross-entropy of logits against a class, and its gradient with respect to the logits,
   * {@code softmax(z) - onehot(label)}.
   *
   * @param logits the logits (left unchanged)
   * @param off their offset
   * @param n classes
   * @param label the true class, in {@code 0 .. n-1}
   * @param grad where the gradient goes (overwritten), or null
   * @param gOff its offset
   * @return the loss, {@code -log softmax(z)[label]}
   */
  public static float softmaxCrossEntropy(
      float[] logits, int off, int n, int label, float[] grad, int gOff) {
    if (label < 0 || label >= n) {
      throw new IllegalArgumentException("label must be in 0.." + (n - 1) + ": " + label);
    }
    float max = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, logits[off + i]);
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += Math.exp(logits[off + i] - max);
    }
    double logSum = Math.log(sum) + max;
    if (grad != null) {
      for (int i = 0; i < n; i++) {
        grad[gOff + i] = (float) Math.exp(logits[off + i] - logSum) - (i == label ? 1 : 0);
      }
    }
    return (float) (logSum - logits[off + label]);
  }
}
