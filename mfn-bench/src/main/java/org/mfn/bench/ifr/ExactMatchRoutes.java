package org.mfn.bench.ifr;

import org.mfn.layers.baseline.FiveTupleKey;

/**
 * The slow path used by the IFR benchmarks: a route id derived from the flow key, the same for the
 * packed key and its object form, so both stores hold the same routes.
 */
final class ExactMatchRoutes {
  private static final int ROUTES = 1024;

  private ExactMatchRoutes() {}

  /** Route of a packed key (first word's low bits: the destination address). */
  static int routeOf(long[] words, int offset) {
    return (int) (words[offset] & (ROUTES - 1));
  }

  /** Route of an object key; equals {@link #routeOf(long[], int)} for the same IPv4 flow. */
  static int routeOf(FiveTupleKey key) {
    return (int) (key.dstLow() & (ROUTES - 1));
  }
}
