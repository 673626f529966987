package org.mfn.bench.ifr;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A per-thread position in a precomputed, power-of-two query array, read as {@code next() & mask}:
 * no modulo, no branch, and inputs the JIT cannot predict or fold.
 */
@State(Scope.Thread)
public class QueryCursor {
  private int position;

  /** Returns the next position (wraps at {@code Integer.MAX_VALUE}; mask it). */
  public int next() {
    return position++;
  }
}
