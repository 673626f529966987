package org.mfn.layers.ifr;

/**
 * The flow records of a {@link FlowRegistry}, stored row-wise by record id in one {@code long[]}:
 * packets, bytes, last-seen time and route id, four words per record, with a stack of free ids.
 *
 * <p>Record ids are 0 .. capacity-1. A record's four words are adjacent, so counting a packet
 * touches one cache line (a column-per-field layout would touch four); nothing is allocated after
 * construction. Memory: 32 bytes per record plus 4 for the free stack. Not thread-safe.
 */
final class FlowRecords {
  private static final int WORDS = 4;
  private static final int PACKETS = 0;
  private static final int BYTES = 1;
  private static final int LAST_SEEN = 2;
  private static final int ROUTE = 3;

  private final long[] rows;
  private final int[] freeIds;
  private int freeCount;

  FlowRecords(int capacity) {
    rows = new long[Math.multiplyExact(capacity, WORDS)];
    freeIds = new int[capacity];
    clear();
  }

  /** Frees every record. */
  void clear() {
    freeCount = freeIds.length;
    for (int i = 0; i < freeCount; i++) {
      freeIds[i] = freeCount - 1 - i; // ids are handed out from 0 upwards
    }
  }

  /** Tells whether no record is free. */
  boolean isFull() {
    return freeCount == 0;
  }

  /** Takes a free record and initialises it; the caller checked {@link #isFull()}. */
  int allocate(int routeId, long nowNanos) {
    int id = freeIds[--freeCount];
    int base = id * WORDS;
    rows[base + PACKETS] = 0;
    rows[base + BYTES] = 0;
    rows[base + LAST_SEEN] = nowNanos;
    rows[base + ROUTE] = routeId;
    return id;
  }

  /** Returns a record to the free stack. */
  void release(int id) {
    freeIds[freeCount++] = id;
  }

  /** Counts one packet of {@code packetBytes} seen at {@code nowNanos}; returns the route. */
  int touch(int id, int packetBytes, long nowNanos) {
    final long[] r = rows;
    int base = id * WORDS;
    r[base + PACKETS]++;
    r[base + BYTES] += packetBytes;
    r[base + LAST_SEEN] = nowNanos;
    return (int) r[base + ROUTE];
  }

  long packets(int id) {
    return rows[id * WORDS + PACKETS];
  }

  long bytes(int id) {
    return rows[id * WORDS + BYTES];
  }

  long lastSeenNanos(int id) {
    return rows[id * WORDS + LAST_SEEN];
  }

  int routeId(int id) {
    return (int) rows[id * WORDS + ROUTE];
  }

  void setRouteId(int id, int routeId) {
    rows[id * WORDS + ROUTE] = routeId;
  }

  /** Returns the bytes of the record storage. */
  long sizeInBytes() {
    return (long) rows.length * Long.BYTES + (long) freeIds.length * Integer.BYTES;
  }
}
