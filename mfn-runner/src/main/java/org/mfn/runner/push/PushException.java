package org.mfn.runner.push;

/** A push to the Pushgateway failed; the message is one line that names the gateway and why. */
public final class PushException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line naming the gateway and the reason
   * @param cause the underlying failure, or null
   */
  public PushException(String message, Throwable cause) {
    super(message, cause);
  }
}
