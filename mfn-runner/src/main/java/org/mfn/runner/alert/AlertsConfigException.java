package org.mfn.runner.alert;

/** An alerts file that cannot be used; the message names the file, the field and the value. */
public final class AlertsConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line naming the file, the field and what is wrong
   */
  public AlertsConfigException(String message) {
    super(message);
  }
}
