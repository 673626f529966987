package org.mfn.runner.plan;

/**
 * How JMH runs what a {@link Selection} chose: run lengths, profiler, timeout and the forked JVMs.
 *
 * @param lengths how the command line changes the classes' own run lengths ({@link
 *     RunLengthOverride#NONE} to keep them)
 * @param gcProfiler whether JMH's GC profiler records allocation per operation
 * @param timeoutSeconds JMH's timeout per iteration, seconds, or null for JMH's default (10 min)
 * @param forkJvm how the forked JVMs' arguments differ from the classes' own ({@link ForkJvm#OWN}
 *     for none)
 * @param cpuAffinity CPUs the benchmark JVMs are pinned to ({@code taskset} list, e.g. {@code
 *     0-1}), or null for no pinning
 * @param memoryProfiler whether the memory profiler reports RSS, heap, collections and retained
 *     heap per iteration ({@code --memory-profile})
 */
public record JmhSettings(
    RunLengthOverride lengths,
    boolean gcProfiler,
    Double timeoutSeconds,
    ForkJvm forkJvm,
    String cpuAffinity,
    boolean memoryProfiler) {

  /** Settings without the memory profiler. */
  public JmhSettings(
      RunLengthOverride lengths,
      boolean gcProfiler,
      Double timeoutSeconds,
      ForkJvm forkJvm,
      String cpuAffinity) {
    this(lengths, gcProfiler, timeoutSeconds, forkJvm, cpuAffinity, false);
  }

  /** Checks that the values are present. */
  public JmhSettings {
    if (lengths == null) {
      throw new IllegalArgumentException("run lengths must not be null (use NONE)");
    }
    if (forkJvm == null) {
      throw new IllegalArgumentException("fork JVM settings must not be null (use OWN)");
    }
  }

  /** The classes' own settings with the GC profiler: what a plain run does. */
  public static JmhSettings own() {
    return new JmhSettings(RunLengthOverride.NONE, true, null, ForkJvm.OWN, null);
  }
}
