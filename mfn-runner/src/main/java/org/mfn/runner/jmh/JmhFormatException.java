package org.mfn.runner.jmh;

/** A JMH result file that cannot be read; the message names the file and the problem. */
public final class JmhFormatException extends RuntimeException {
  /**
   * Creates the exception.
   *
   * @param message what is wrong, for the user
   */
  public JmhFormatException(String message) {
    super(message);
  }
}
