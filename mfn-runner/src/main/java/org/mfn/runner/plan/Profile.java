package org.mfn.runner.plan;

import java.util.Locale;

/**
 * A named set of JMH run lengths. Explicit options ({@code --forks}, {@code --warm-up}, {@code
 * --sample-size}, {@code --duration}) override a profile's values.
 *
 * <p>Every profile keeps at least one fork (never measure in the host JVM) and at least two
 * measurement iterations per fork (an interval needs a spread). On 2 cores, with all of Layer 1 and
 * its baselines (44 parameter sets), smoke takes about 2 minutes, quick about 6, standard about 17
 * and thorough about an hour; the runner prints its estimate before it starts.
 */
public enum Profile {
  /**
   * A quick look that every benchmark still runs: 1 fork, 1 x 0.5 s warm-up, 3 x 0.5 s measured.
   */
  SMOKE(1, 1, 0.5, 3, 0.5),
  /** Enough for a rough, fork-aware verdict: 2 forks, 1 x 1 s warm-up, 3 x 0.5 s measured. */
  QUICK(2, 1, 1, 3, 0.5),
  /** The default: 3 forks, 2 x 1 s warm-up, 4 x 1 s measured. */
  STANDARD(3, 2, 1, 4, 1),
  /**
   * For publishing numbers: 5 forks, 5 x 1 s warm-up, 10 x 1 s measured (steady state testable).
   */
  THOROUGH(5, 5, 1, 10, 1);

  private final int forks;
  private final int warmupIterations;
  private final double warmupSeconds;
  private final int measurementIterations;
  private final double measurementSeconds;

  Profile(
      int forks,
      int warmupIterations,
      double warmupSeconds,
      int measurementIterations,
      double measurementSeconds) {
    this.forks = forks;
    this.warmupIterations = warmupIterations;
    this.warmupSeconds = warmupSeconds;
    this.measurementIterations = measurementIterations;
    this.measurementSeconds = measurementSeconds;
  }

  /** Returns forks per benchmark. */
  public int forks() {
    return forks;
  }

  /** Returns warm-up iterations per fork. */
  public int warmupIterations() {
    return warmupIterations;
  }

  /** Returns seconds per warm-up iteration. */
  public double warmupSeconds() {
    return warmupSeconds;
  }

  /** Returns measurement iterations per fork. */
  public int measurementIterations() {
    return measurementIterations;
  }

  /** Returns seconds per measurement iteration. */
  public double measurementSeconds() {
    return measurementSeconds;
  }

  /** Returns the lower-case name used on the command line. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
