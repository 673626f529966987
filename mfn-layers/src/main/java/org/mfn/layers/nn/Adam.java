package org.mfn.layers.nn;

import java.util.List;

/**
 * Adam (Kingma and Ba 2015) over the parameters of some {@link Trainable}s: per-parameter first and
 * second moment estimates with bias correction. {@link #step} applies the accumulated gradients,
 * divided by the batch size, and leaves them for the caller to zero. Not thread-safe.
 */
public final class Adam {
  private final List<Trainable> parts;
  private final float[][] m;
  private final float[][] v;
  private final float learningRate;
  private final float beta1;
  private final float beta2;
  private final float epsilon;
  private int t;

  /**
   * Creates the optimizer with the usual moments (0.9, 0.999, 1e-8).
   *
   * @param parts what it updates
   * @param learningRate step size, positive
   */
  public Adam(List<Trainable> parts, float learningRate) {
    if (!(learningRate > 0) || Float.isInfinite(learningRate)) {
      throw new IllegalArgumentException(
          "learning rate must be positive and finite: " + learningRate);
    }
    this.parts = List.copyOf(parts);
    this.m = new float[this.parts.size()][];
    this.v = new float[this.parts.size()][];
    for (int i = 0; i < m.length; i++) {
      m[i] = new float[this.parts.get(i).parameters().length];
      v[i] = new float[m[i].length];
    }
    this.learningRate = learningRate;
    this.beta1 = 0.9f;
    this.beta2 = 0.999f;
    this.epsilon = 1e-8f;
  }

  /**
   * Applies one update from the accumulated gradients.
   *
   * @param batchSize examples the gradients were summed over, at least 1
   */
  public void step(int batchSize) {
    step(batchSize, learningRate);
  }

  /**
   * Applies one update at another step size (e.g. a smaller one for online adaptation).
   *
   * @param batchSize examples the gradients were summed over, at least 1
   * @param stepSize the step size of this update, positive
   */
  public void step(int batchSize, float stepSize) {
    t++;
    float scale = 1f / batchSize;
    double correction1 = 1 - Math.pow(beta1, t);
    double correction2 = 1 - Math.pow(beta2, t);
    float rate = (float) (stepSize * Math.sqrt(correction2) / correction1);
    for (int p = 0; p < m.length; p++) {
      float[] w = parts.get(p).parameters();
      float[] g = parts.get(p).gradients();
      float[] mp = m[p];
      float[] vp = v[p];
      for (int i = 0; i < w.length; i++) {
        float gi = g[i] * scale;
        mp[i] = beta1 * mp[i] + (1 - beta1) * gi;
        vp[i] = beta2 * vp[i] + (1 - beta2) * gi * gi;
        w[i] -= rate * mp[i] / ((float) Math.sqrt(vp[i]) + epsilon);
      }
    }
  }
}
