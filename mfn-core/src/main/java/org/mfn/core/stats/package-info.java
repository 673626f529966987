/**
 * Statistics of benchmark samples: summaries, confidence intervals (a hierarchical bootstrap over
 * forks and iterations, and JMH's Student-t interval for comparison) and ratios.
 *
 * <p>Samples are {@code double[fork][iteration]}: forks and iterations are two levels of variance
 * (Kalibera and Jones, "Rigorous Benchmarking in Reasonable Time", ISMM 2013), so intervals
 * resample forks first and iterations within each drawn fork. Every random choice comes from a
 * seeded {@link java.util.SplittableRandom}: the same samples and seed give the same interval.
 * Classes are stateless or immutable, and thread-safe.
 */
package org.mfn.core.stats;
