package org.mfn.layers.ifr;

/**
 * Thrown when a {@link RobinHoodFlowTable} refuses an insertion rather than grow past its bound:
 * the key's probe run reached {@link RobinHoodFlowTable#MAX_PROBE_DISTANCE} although the table is
 * already at least twice as large as its load needs. Under a keyed hash this does not happen to
 * keys nobody chose (the chance is far below one in 10^30 per insertion at load 0.9); it is the
 * signature of keys crafted to collide. The table is unchanged when it is thrown.
 */
public final class FlowTableOverflowException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was refused and why, with the table's size and capacity
   */
  public FlowTableOverflowException(String message) {
    super(message);
  }
}
