/**
 * Layer 4, the Context Prediction Engine, on the {@code nn} kernels: {@link
 * org.mfn.layers.cpe.MultiHorizonForecaster} (LSTM over a scaled window, direct forecasts at
 * several horizons), {@link org.mfn.layers.cpe.AttentionForecaster} (the same from a causal
 * multi-head attention block), {@link org.mfn.layers.cpe.SequencePredictor} (the next interval),
 * {@link org.mfn.layers.cpe.ForecasterTrainer} (pattern learning: mini-batches, MSE, Adam) and
 * {@link org.mfn.layers.cpe.ContextMatcher} (most similar stored contexts, on the similarity
 * layer's index).
 */
package org.mfn.layers.cpe;
