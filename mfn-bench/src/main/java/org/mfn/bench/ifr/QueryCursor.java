package org.mfn.bench.ifr;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * A per-thread position in a precomputed, power-of-two query array, read as {@code next() & mask}:
 * no modulo, no branch, and inputs the JIT cannot predict or fold. Threads start at positions far
 * apart, so that several threads do not walk the same queries in lock step.
 */
@State(Scope.Thread)
public class QueryCursor {
  private int position;

  /**
   * Spreads the threads' starting positions (thread 0 starts at 0).
   *
   * @param thread JMH's description of this thread
   */
  @Setup(Level.Trial)
  public void spread(ThreadParams thread) {
    position = thread.getThreadIndex() * 0x9E3779B9;
  }

  /** Returns the next position (wraps at {@code Integer.MAX_VALUE}; mask it). */
  public int next() {
    return position++;
  }
}
