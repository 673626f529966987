package org.mfn.runner.ab;

/** An A/B comparison that cannot go on: a fork that failed, a build that cannot be made. */
public final class AbException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * Creates the exception.
   *
   * @param exitCode the exit code the command ends with
   * @param message what went wrong, for the user
   */
  public AbException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** Returns the exit code. */
  public int exitCode() {
    return exitCode;
  }
}
