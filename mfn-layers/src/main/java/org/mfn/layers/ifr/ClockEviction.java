package org.mfn.layers.ifr;

import java.util.Arrays;

/**
 * CLOCK (second-chance) eviction: a hand sweeps the table's slots; a flow hit since the hand last
 * passed has its reference bit cleared and is spared once, the first flow without the bit is
 * evicted.
 *
 * <p>An approximation of LRU that costs one byte per flow and no work on a hit beyond setting a
 * byte (LRU relinks a list on every hit) [1]. Installs set the bit, so a new flow survives one
 * sweep. Amortised O(1) per eviction; a single eviction may sweep the table when every bit is set.
 * Not thread-safe.
 *
 * <p>[1] F. J. Corbató, "A Paging Experiment with the Multics System", 1968.
 */
public final class ClockEviction implements EvictionPolicy {
  private final byte[] referenced;
  private int hand;

  /**
   * Creates the policy.
   *
   * @param capacity record ids are 0 .. capacity-1
   */
  public ClockEviction(int capacity) {
    referenced = new byte[capacity];
  }

  @Override
  public void recordInstalled(int recordId) {
    referenced[recordId] = 1;
  }

  @Override
  public void recordAccessed(int recordId) {
    referenced[recordId] = 1;
  }

  @Override
  public int selectVictimSlot(RobinHoodFlowTable table) {
    int capacity = table.capacity();
    int slot = hand % capacity;
    while (true) {
      if (table.isOccupied(slot)) {
        int record = table.valueAt(slot);
        if (referenced[record] == 0) {
          hand = slot;
          return slot;
        }
        referenced[record] = 0;
      }
      slot = slot + 1 == capacity ? 0 : slot + 1;
    }
  }

  @Override
  public void victimRemoved(int slot) {
    hand = slot; // the entry shifted into the slot has not been examined yet
  }

  @Override
  public void clear() {
    Arrays.fill(referenced, (byte) 0);
    hand = 0;
  }
}
