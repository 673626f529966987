package org.mfn.layers.ifr.ipc;

import java.io.IOException;

/** A request that did not get a usable answer: timeout, broken connection, or a protocol error. */
public final class IfrClientException extends IOException {
  /**
   * Creates the exception.
   *
   * @param message what happened
   */
  public IfrClientException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what happened
   * @param cause the underlying failure
   */
  public IfrClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
