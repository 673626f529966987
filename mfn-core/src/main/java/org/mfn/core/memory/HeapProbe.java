package org.mfn.core.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.function.Supplier;

/**
 * Measures retained heap: the used heap after garbage collection, before and after a structure is
 * built and while it is still reachable.
 *
 * <p>{@link #usedAfterGc()} requests collections until the used heap has settled (see there); with
 * the default collectors {@link System#gc()} is a full, stop-the- world collection unless {@code
 * -XX:+ExplicitGCInvokesConcurrent} or {@code -XX:+DisableExplicitGC} is set, which would make the
 * numbers meaningless. The result is a measurement, not an estimate from field sizes; its noise is
 * a few kilobytes of the JVM's own allocation, small against structures of megabytes. Not for use
 * while other threads allocate.
 */
public final class HeapProbe {
  /** The most collections requested per measurement. */
  public static final int MAX_COLLECTIONS = 12;

  /** Collections in a row after which an unchanged used heap counts as settled. */
  static final int SETTLED_AFTER = 3;

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private HeapProbe() {}

  /**
   * Collects garbage and returns the used heap: collections are requested until the used heap has
   * not shrunk for {@value #SETTLED_AFTER} collections in a row (at most {@value
   * #MAX_COLLECTIONS}), and the smallest reading is returned. One full collection does not always
   * free everything that became unreachable: a store of 100,000 flows was seen freed in two steps,
   * 5 MB and then 10 MB one collection later, and stopping at the first collection that freed
   * nothing under-counted it by three quarters.
   *
   * @return used heap bytes after the collections settle
   */
  public static long usedAfterGc() {
    long smallest = usedNow();
    int unchanged = 0;
    for (int i = 0; i < MAX_COLLECTIONS && unchanged < SETTLED_AFTER; i++) {
      System.gc();
      long used = usedNow();
      if (used < smallest) {
        smallest = used;
        unchanged = 0;
      } else {
        unchanged++;
      }
    }
    return smallest;
  }

  /**
   * Measures the heap retained by what {@code build} returns: the used heap after collection while
   * the result is reachable, minus the same after it has been dropped. Measuring after the drop,
   * rather than before the build, leaves out anything else the build left behind (class loading,
   * JIT and profiler bookkeeping). {@code build} must not keep another reference to its result.
   *
   * @param build creates (or hands over) the structure
   * @return the bytes it retained
   */
  public static long retainedBy(Supplier<?> build) {
    Object structure = build.get();
    long with = usedAfterGc();
    // The fence keeps the structure reachable through the first measurement even in compiled
    // code, where liveness ends at a variable's last use; clearing the variable ends it in the
    // interpreter, whose frames keep every local alive until the method returns.
    Reference.reachabilityFence(structure);
    structure = null;
    long without = usedAfterGc();
    return with - without;
  }

  private static long usedNow() {
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
