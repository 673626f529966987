/**
 * Layer 2, the Data Similarity Registry, on the {@code nn} toolkit: {@link
 * org.mfn.layers.dsr.SequenceEncoder} (LSTM over a flow's packet features to a unit-length
 * embedding), {@link org.mfn.layers.dsr.EncoderTrainer} (seeded training on labelled flow patterns
 * from {@code core.workload}), {@link org.mfn.layers.dsr.PatternRecognizer} (nearest learned
 * prototype), {@link org.mfn.layers.dsr.AdaptiveLearner} (online update from one labelled flow),
 * {@link org.mfn.layers.dsr.SimilarityIndex} (top-k cosine search) and {@link
 * org.mfn.layers.dsr.SimilarityCache} (bounded, invalidated on every adaptation).
 */
package org.mfn.layers.dsr;
