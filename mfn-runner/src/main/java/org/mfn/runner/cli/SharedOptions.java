package org.mfn.runner.cli;

import picocli.CommandLine.Option;

/**
 * The options every command accepts, mixed into each one, so that {@code mfn check -v DIR} behaves
 * as {@code mfn -v ...} does: {@code -v/--verbose} prints stack traces on errors (and, when running
 * benchmarks, every iteration).
 */
public final class SharedOptions {

  @Option(
      names = {"-v", "--verbose"},
      description = "More detail: stack traces on errors, and every iteration while running.")
  private boolean verbose;

  /** Whether {@code --verbose} was given to this command. */
  public boolean verbose() {
    return verbose;
  }
}
