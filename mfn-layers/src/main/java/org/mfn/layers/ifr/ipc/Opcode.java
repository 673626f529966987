package org.mfn.layers.ifr.ipc;

/** Request operations of the IFR protocol (see PROTOCOL.md); the byte is the wire value. */
public enum Opcode {
  /** Echo the payload; measures the transport. */
  PING(1),
  /** Find a flow; answers its route and counters, or NOT_FOUND. */
  LOOKUP(2),
  /** Install a flow or change its route. */
  UPSERT(3),
  /** Remove a flow. */
  DELETE(4),
  /** Look up 1..1024 flows in one frame. */
  BATCH_LOOKUP(5),
  /** The registry's counters. */
  STATS(6);

  private final int code;

  Opcode(int code) {
    this.code = code;
  }

  /** Returns the wire value. */
  public int code() {
    return code;
  }

  /**
   * Finds the opcode of a wire value.
   *
   * @param code the byte read
   * @return the opcode, or null if unknown
   */
  public static Opcode of(int code) {
    for (Opcode op : values()) {
      if (op.code == code) {
        return op;
      }
    }
    return null;
  }
}
