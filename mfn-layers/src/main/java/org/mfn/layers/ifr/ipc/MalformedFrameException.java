package org.mfn.layers.ifr.ipc;

/** A frame whose payload does not follow the protocol; answered with {@link Status#MALFORMED}. */
public final class MalformedFrameException extends RuntimeException {
  /**
   * Creates the exception.
   *
   * @param message what is wrong
   */
  public MalformedFrameException(String message) {
    super(message, null, false, false);
  }
}
