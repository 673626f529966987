/**
 * The harness API: measure a team's own operation outside JMH where JMH does not fit (long-running
 * probes, latency distributions at a fixed offered load), with HdrHistogram percentiles corrected
 * for coordinated omission, and results that the runner's statistics, reports, targets and
 * regression checks read like any other benchmark's ({@link HarnessResult#toBenchmarkResult},
 * {@link HarnessRun}).
 */
package org.mfn.core.harness;
