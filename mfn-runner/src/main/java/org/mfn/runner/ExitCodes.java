package org.mfn.runner;

/** The documented exit codes of {@code mfn-runner.jar}. */
public final class ExitCodes {
  /** Success (claims may still have failed unless {@code --fail-on-target}). */
  public static final int OK = 0;

  /** A runtime failure: a benchmark failed, a file could not be written. */
  public static final int RUNTIME = 1;

  /** A usage error: unknown option, bad value, unknown layer. */
  public static final int USAGE = 2;

  /** A regression was detected. */
  public static final int REGRESSION = 3;

  /** A claim failed and {@code --fail-on-target} was given. */
  public static final int TARGET_FAILED = 4;

  /** A regression check could not decide for lack of data. */
  public static final int INCONCLUSIVE = 5;

  /**
   * The run's files are written, but a required publication failed: the push to the Pushgateway
   * ({@code --push-required}), an alert channel ({@code --alerts-required}) or the history database
   * ({@code --history-required}, or a {@code --history-url} that cannot be opened before the run,
   * when nothing is run).
   */
  public static final int PUBLISH_FAILED = 6;

  private ExitCodes() {}
}
