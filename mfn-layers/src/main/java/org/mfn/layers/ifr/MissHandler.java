package org.mfn.layers.ifr;

/** The slow path of a {@link FlowRegistry}: decides what to do with a packet of an unknown flow. */
@FunctionalInterface
public interface MissHandler {
  /** Returned to leave the flow uninstalled. */
  int DO_NOT_INSTALL = -1;

  /** A handler that never installs. */
  MissHandler NEVER_INSTALL = (key, offset) -> DO_NOT_INSTALL;

  /**
   * Handles a miss.
   *
   * @param key array holding the flow key (read it, do not keep or modify it)
   * @param offset index of its first word
   * @return the route id to install the flow with (0 or more), or {@link #DO_NOT_INSTALL}
   */
  int onMiss(long[] key, int offset);
}
