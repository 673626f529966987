package org.mfn.runner;

/**
 * A failure explained for the user: the message is printed as {@code mfn: <message>} and the
 * process exits with {@link #exitCode()}.
 */
public class MfnException extends RuntimeException {
  private final int exitCode;

  /**
   * Creates the exception.
   *
   * @param exitCode one of {@link ExitCodes}
   * @param message what went wrong and, where possible, what to do
   */
  public MfnException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /**
   * Creates the exception with its cause (shown with {@code --verbose}).
   *
   * @param exitCode one of {@link ExitCodes}
   * @param message what went wrong
   * @param cause the underlying exception
   */
  public MfnException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** Returns the process exit code. */
  public int exitCode() {
    return exitCode;
  }
}
