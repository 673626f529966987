/**
 * Layer 2 (DSR) benchmarks on a model trained in each fork's setup ({@link
 * org.mfn.bench.dsr.TrainedModel}): neural similarity and top-k search against the naive search,
 * the training step (with FLOPs counted), pattern matching against nearest-example search, online
 * adaptation, and the similarity cache against a {@code HashMap}.
 */
package org.mfn.bench.dsr;
