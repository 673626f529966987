package org.mfn.layers.ifr.ipc;

/** Response statuses of the IFR protocol (see PROTOCOL.md); the byte is the wire value. */
public enum Status {
  /** The request succeeded. */
  OK(0),
  /** The flow is not installed. */
  NOT_FOUND(1),
  /** The frame or its payload does not follow the protocol. */
  MALFORMED(2),
  /** The frame's declared length exceeds {@link IfrProtocol#MAX_FRAME_BYTES}. */
  TOO_LARGE(3),
  /** The frame's version is not {@link IfrProtocol#VERSION}. */
  UNSUPPORTED_VERSION(4),
  /** The opcode is not one of {@link Opcode}. */
  UNKNOWN_OPCODE(5),
  /**
   * The registry refused to install the flow: its key collides with installed keys far beyond what
   * a keyed hash allows by chance (keys crafted to flood the table). The connection is kept.
   */
  REFUSED(6),
  /**
   * Every connection slot is taken: sent once, with request id 0, on a new connection that is then
   * closed.
   */
  BUSY(7);

  private final int code;

  Status(int code) {
    this.code = code;
  }

  /** Returns the wire value. */
  public int code() {
    return code;
  }

  /** Tells whether the status answers a frame that broke the protocol (counted as rejected). */
  public boolean isProtocolError() {
    return this == MALFORMED
        || this == TOO_LARGE
        || this == UNSUPPORTED_VERSION
        || this == UNKNOWN_OPCODE;
  }

  /**
   * Finds the status of a wire value.
   *
   * @param code the byte read
   * @return the status, or null if unknown
   */
  public static Status of(int code) {
    for (Status s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    return null;
  }
}
