package org.mfn.layers.nn;

/**
 * A part of a network with parameters: one flat array of parameters and one of their gradients, of
 * the same length, which the optimizers update in place.
 */
public interface Trainable {
  /** Returns the parameters (the array itself, updated in place by optimizers). */
  float[] parameters();

  /** Returns the accumulated gradients, one per parameter (the array itself). */
  float[] gradients();

  /** Sets every gradient to zero, before a new batch. */
  default void zeroGradients() {
    java.util.Arrays.fill(gradients(), 0f);
  }
}
