package org.mfn.layers.ifr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClockEvictionTest {

  /** A table holding keys {i} with value i, for i in 0..n-1. */
  private static RobinHoodFlowTable tableOf(int n) {
    RobinHoodFlowTable table = new RobinHoodFlowTable(1, n);
    for (int i = 0; i < n; i++) {
      table.put(new long[] {i}, 0, i);
    }
    return table;
  }

  @Test
  void selectVictimSlot_allReferenced_secondChanceThenTheFirstSwept() {
    RobinHoodFlowTable table = tableOf(3);
    ClockEviction clock = new ClockEviction(3);
    for (int i = 0; i < 3; i++) {
      clock.recordInstalled(i);
    }

    int victim = clock.selectVictimSlot(table);

    // Every bit was set: one full sweep clears them, and the first occupied slot is chosen.
    int firstOccupied = 0;
    while (!table.isOccupied(firstOccupied)) {
      firstOccupied++;
    }
    assertThat(victim).isEqualTo(firstOccupied);
  }

  @Test
  void selectVictimSlot_accessedRecordIsSpared() {
    RobinHoodFlowTable table = tableOf(3);
    ClockEviction clock = new ClockEviction(3);
    int first = clock.selectVictimSlot(table); // no bits set: the first occupied slot
    int firstRecord = table.valueAt(first);
    clock.recordAccessed(firstRecord);

    int victim = clock.selectVictimSlot(table);

    assertThat(table.valueAt(victim)).isNotEqualTo(firstRecord);
  }
}
