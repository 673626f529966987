/**
 * Layer 4, the Context Prediction Engine, on the {@code nn} kernels (in progress): {@link
 * org.mfn.layers.cpe.ContextMatcher} stores flow context vectors and finds the most similar ones on
 * the similarity layer's index. The attention block is {@code
 * org.mfn.layers.nn.MultiHeadAttention}; the predictors and pattern learning are still to come
 * (issue 16).
 */
package org.mfn.layers.cpe;
