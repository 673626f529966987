/**
 * Layer 4 (CPE) benchmarks so far: context matching against the naive scan and multi-head
 * attention. Prediction, multi-horizon forecasting and pattern learning are still to come (issue
 * 16).
 */
package org.mfn.bench.cpe;
