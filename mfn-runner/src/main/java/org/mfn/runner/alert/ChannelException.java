package org.mfn.runner.alert;

/** A channel could not deliver a message; the message says which and why, in one line. */
public final class ChannelException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line
   * @param cause the last failure, or null
   */
  public ChannelException(String message, Throwable cause) {
    super(message, cause);
  }
}
