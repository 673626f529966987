/**
 * Exports for continuous-benchmarking services: Bencher Metric Format ({@code bencher.json}) and
 * github-action-benchmark's custom formats, split by direction so that throughput is never treated
 * as a time.
 */
package org.mfn.report.ci;
