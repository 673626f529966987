package org.mfn.layers.fault;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A fault change handed from the harness's event thread to the thread that forwards packets, which
 * applies it between two packets: so "the topology at that moment" is well defined for every
 * packet, as it is for a forwarder that installs a new table between two lookups.
 */
final class PendingFault {
  private final AtomicReference<Runnable> pending = new AtomicReference<>();

  /** Asks the forwarding thread to run a change before its next packet. */
  void request(Runnable change) {
    Runnable previous = pending.getAndSet(change);
    if (previous != null) {
      // Two changes before one packet: keep both, in order.
      pending.set(
          () -> {
            previous.run();
            change.run();
          });
    }
  }

  /** Runs a pending change, if any (on the forwarding thread). */
  void runPending() {
    Runnable change = pending.getAndSet(null);
    if (change != null) {
      change.run();
    }
  }
}
