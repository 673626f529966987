/**
 * Layer 2, the Data Similarity Registry, on the {@code nn} toolkit: {@link
 * org.mfn.layers.dsr.SequenceEncoder} (LSTM over a flow's packet features to a unit-length
 * embedding), {@link org.mfn.layers.dsr.EncoderTrainer} (seeded training on labelled flow patterns
 * from {@code core.workload}) and {@link org.mfn.layers.dsr.PatternRecognizer} (nearest learned
 * prototype; learning one more flow is the adaptation step). The similarity index and cache and the
 * benchmarks are still to come (issue 15).
 */
package org.mfn.layers.dsr;
