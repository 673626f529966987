package org.mfn.layers.fault;

import org.mfn.core.harness.FlowOperation;

/**
 * A system under a fault: the operation the harness calls at a fixed rate, and the fault's start
 * and end. Implementations own their system (pipeline, topology, server) and close it.
 */
public interface FaultScenario extends AutoCloseable {
  /** Returns the scenario's name, e.g. {@code link-failure}. */
  String name();

  /** Returns what the fault is, one line. */
  String fault();

  /** Returns the flows the operation is called for. */
  int flowCount();

  /** Returns the operation (one packet, or one request), called by one harness thread. */
  FlowOperation operation();

  /** Starts the fault (called from the harness's event thread). */
  void inject();

  /** Ends the fault (called from the harness's event thread); a no-op for an instant fault. */
  void clear();

  /** Whether the fault is an instant event (its effects are what is measured after it). */
  default boolean instant() {
    return false;
  }

  /** Returns the packets or requests that got no route or no answer. */
  long dropped();

  /**
   * Returns the packets forwarded on a route that was not valid at that moment (none by default).
   */
  default long misrouted() {
    return 0;
  }

  /** Releases what the scenario holds (nothing by default). */
  @Override
  default void close() {}
}
