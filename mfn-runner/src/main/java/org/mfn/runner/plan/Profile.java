package org.mfn.runner.plan;

import java.util.Locale;
import org.mfn.core.result.RunLength;

/**
 * A named set of JMH run lengths. Explicit options ({@code --forks}, {@code --warm-up}, {@code
 * --sample-size}, {@code --duration}) override a profile's values.
 *
 * <p>Every profile keeps at least one fork (never measure in the host JVM) and at least two
 * measurement iterations per fork (an interval needs a spread). Smoke (and a run without a profile)
 * measures the parameter sets the claims name ({@link ParameterScope#CLAIMS}); the others every
 * combination. On 2 cores all layers with baselines take about 6 minutes in smoke (92 parameter
 * sets) and 17 minutes with the classes' own run lengths; the runner prints its estimate before it
 * starts.
 */
public enum Profile {
  /** One fork of one short warm-up and three short measurements: does everything run? */
  SMOKE(new RunLength(1, 1, 0.5, 3, 0.5)),
  /** Two forks: a first look at the numbers. */
  QUICK(new RunLength(2, 1, 1, 3, 0.5)),
  /** Three forks: numbers to compare within one machine. */
  STANDARD(new RunLength(3, 2, 1, 4, 1)),
  /** Five forks of ten measurements: numbers to quote. */
  THOROUGH(new RunLength(5, 5, 1, 10, 1));

  private final RunLength length;

  Profile(RunLength length) {
    this.length = length;
  }

  /** Returns what every benchmark runs under this profile. */
  public RunLength length() {
    return length;
  }

  /** Returns the name on the command line, e.g. {@code quick}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
