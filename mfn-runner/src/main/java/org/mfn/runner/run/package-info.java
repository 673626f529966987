/**
 * One benchmark run from plan to files: {@link org.mfn.runner.run.RunService} creates the run
 * directory ({@link org.mfn.runner.run.RunDirectory}), records the environment ({@link
 * org.mfn.runner.run.EnvironmentProbe}), drives JMH, computes statistics, comparisons and verdicts,
 * and writes {@code jmh.json} and {@code results.json} atomically; {@link
 * org.mfn.runner.run.RunManifest} lists every file of the run last, with its size and SHA-256, for
 * {@code check}.
 */
package org.mfn.runner.run;
