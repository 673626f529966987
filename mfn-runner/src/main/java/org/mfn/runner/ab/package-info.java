/**
 * Checking a change on a noisy machine: {@code ab} and {@code calibrate}. {@link
 * org.mfn.runner.ab.AbService} selects the benchmarks, {@link org.mfn.runner.ab.AbSchedule} orders
 * each round's two forks in randomized ABBA blocks, {@link org.mfn.runner.ab.AbRunner} runs them
 * (one after the other, or in duet on two CPUs) through a {@link org.mfn.runner.ab.ForkRunner}
 * (each fork a fresh JVM of that build's own JMH, {@link org.mfn.runner.ab.JmhForkRunner}), and
 * {@code core.regression.InterleavedDetector} judges the per-round pairs. {@link
 * org.mfn.runner.ab.Calibration} holds an A/A run's spread and the minimum detectable effect;
 * {@link org.mfn.runner.ab.BaseRefBuild} builds a git ref in a temporary worktree. Single-threaded
 * except the two forks of a duet round; scores are in each benchmark's own unit, spreads are of
 * natural-log ratios.
 */
package org.mfn.runner.ab;
