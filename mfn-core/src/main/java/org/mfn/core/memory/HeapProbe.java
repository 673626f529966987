package org.mfn.core.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.function.Supplier;

/**
 * Measures retained heap: the used heap after garbage collection, before and after a structure is
 * built and while it is still reachable.
 *
 * <p>{@link #usedAfterGc()} requests collections until the used heap stops shrinking (at most
 * {@link #MAX_COLLECTIONS}); with the default collectors {@link System#gc()} is a full, stop-the-
 * world collection unless {@code -XX:+ExplicitGCInvokesConcurrent} or {@code
 * -XX:+DisableExplicitGC} is set, which would make the numbers meaningless. The result is a
 * measurement, not an estimate from field sizes; its noise is a few kilobytes of the JVM's own
 * allocation, small against structures of megabytes. Not for use while other threads allocate.
 */
public final class HeapProbe {
  /** The most collections requested per measurement. */
  public static final int MAX_COLLECTIONS = 5;

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private HeapProbe() {}

  /**
   * Collects garbage and returns the used heap.
   *
   * @return used heap bytes after the collections settle
   */
  public static long usedAfterGc() {
    long previous = Long.MAX_VALUE;
    long used = usedNow();
    for (int i = 0; i < MAX_COLLECTIONS && used < previous; i++) {
      System.gc();
      previous = used;
      used = usedNow();
    }
    return Math.min(used, previous);
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
