package org.mfn.bench;

import org.mfn.core.memory.HeapProbe;

/**
 * A structure a memory benchmark built during its measured operation, held until the iteration's
 * tear-down measures what it retains ({@link HeapProbe#retainedBy}) and drops it; shared by the
 * benchmarks whose score is a build time and whose point is the footprint. Not thread-safe: one per
 * benchmark thread.
 */
public final class HeldForProbe {
  private Object held;
  private int count;

  /**
   * Holds a structure until the probe.
   *
   * @param structure what the operation built
   * @param items how many items it holds (flows), for the per-item figure
   */
  public void hold(Object structure, int items) {
    held = structure;
    count = items;
  }

  /** Tells whether there is something to probe. */
  public boolean isEmpty() {
    return held == null;
  }

  /** Returns the items of the structure held. */
  public int items() {
    return count;
  }

  /**
   * Measures the heap the structure retains and drops it; from here on the probe holds the only
   * reference.
   *
   * @return the bytes retained
   */
  public long measureAndDrop() {
    return HeapProbe.retainedBy(this::release);
  }

  private Object release() {
    Object structure = held;
    held = null;
    return structure;
  }
}
