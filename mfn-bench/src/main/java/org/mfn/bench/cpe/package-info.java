/**
 * Layer 4 (CPE) benchmarks: next-step prediction and multi-horizon forecasts against the seasonal
 * naive forecast, pattern learning, context matching against the naive scan, and multi-head
 * attention; the forecasting models are trained in each fork's setup ({@link
 * org.mfn.bench.cpe.TrainedForecaster}).
 */
package org.mfn.bench.cpe;
