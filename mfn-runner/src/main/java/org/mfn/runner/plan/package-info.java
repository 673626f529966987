/**
 * What a run will do, decided before anything runs: {@link org.mfn.runner.plan.RunPlan} (an
 * immutable record of every choice), {@link org.mfn.runner.plan.Profile} (smoke, quick, standard,
 * thorough), the {@link org.mfn.runner.plan.BenchmarkCatalog} of every benchmark in the jar with
 * its {@code @Measures} labels, and {@link org.mfn.runner.plan.BenchmarkSelector}. Immutable and
 * thread-safe.
 */
package org.mfn.runner.plan;
