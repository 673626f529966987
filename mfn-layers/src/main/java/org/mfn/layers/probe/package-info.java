/**
 * Latency-distribution probes outside JMH, on the harness ({@link org.mfn.core.harness.Harness}):
 * the registry's socket round trip and the pipeline's per-packet latency at a fixed offered load,
 * with percentiles corrected for coordinated omission.
 */
package org.mfn.layers.probe;
