/**
 * A small neural toolkit in plain Java, part of the system under test: float kernels ({@link
 * org.mfn.layers.nn.Kernels}), {@link org.mfn.layers.nn.Dense} and {@link org.mfn.layers.nn.Lstm}
 * layers with forward and backward passes (backpropagation through time), {@link
 * org.mfn.layers.nn.Losses}, and the {@link org.mfn.layers.nn.Adam} and {@link
 * org.mfn.layers.nn.Sgd} optimizers. Parameters live in flat float arrays; initialisation is
 * seeded. Every layer's gradients are checked against central finite differences in the tests.
 */
package org.mfn.layers.nn;
