package org.mfn.layers.ifr;

/**
 * Chooses which flow a full {@link FlowRegistry} evicts to make room for a new one.
 *
 * <p>The registry tells the policy about installs and hits by record id, and asks for a victim as a
 * slot of its table. Implementations are used by one registry and share its threading model (not
 * thread-safe).
 */
public interface EvictionPolicy {
  /**
   * A record was installed.
   *
   * @param recordId its id, 0 .. capacity-1
   */
  void recordInstalled(int recordId);

  /**
   * A record was hit on the data path.
   *
   * @param recordId its id
   */
  void recordAccessed(int recordId);

  /**
   * Chooses the victim.
   *
   * @param table the registry's table, holding at least one entry
   * @return an occupied slot of {@code table}
   */
  int selectVictimSlot(RobinHoodFlowTable table);

  /**
   * The victim in the slot returned last was removed; the slot now holds the entry that followed it
   * in its run, if any.
   *
   * @param slot the slot
   */
  void victimRemoved(int slot);

  /** Forgets all state (the registry was cleared). */
  void clear();
}
