/**
 * The traditional systems the MFN claims are measured against, all real: for Layer 1 a flow store
 * in {@link java.util.HashMap} keyed by a flow-key object ({@link
 * org.mfn.layers.baseline.HashMapFlowStore}). Baselines are written the way an ordinary
 * implementation would be, without the tricks of the system under test, and are not tuned to lose.
 * Not thread-safe unless stated.
 */
package org.mfn.layers.baseline;
