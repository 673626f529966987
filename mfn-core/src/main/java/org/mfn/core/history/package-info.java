/**
 * Analysis of a benchmark's history across runs: change points in its run means ({@link
 * ChangePointDetector}) and its trend with a forecast ({@link TrendEstimator}). Pure functions of
 * the series; the history store and the commands that show them live in the runner.
 */
package org.mfn.core.history;
