package org.mfn.layers.ifr;

/**
 * The flow records of a {@link FlowRegistry}, stored row-wise by record id in one {@code long[]}:
 * packets, bytes, last-seen time and route id, four words per record, and a list of free ids.
 *
 * <p>Record ids are 0 .. capacity-1. A record's four words are adjacent, so counting a packet
 * touches one cache line (a column-per-field layout would touch four); nothing is allocated after
 * construction. Free records form a list threaded through their own rows, so the memory is 32 bytes
 * per record and nothing else. Not thread-safe.
 */
final class FlowRecords {
  private static final int WORDS = 4;
  private static final int PACKETS = 0;
  private static final int BYTES = 1;
  private static final int LAST_SEEN = 2;
  private static final int ROUTE = 3;
  private static final int NONE = -1;

  private final long[] rows;
  private final int capacity;
  private int freeHead;

  FlowRecords(int capacity) {
    this.capacity = capacity;
    rows = new long[Math.multiplyExact(capacity, WORDS)];
    clear();
  }

  /** Frees every record: the free list threads through the rows, 0 first. */
  void clear() {
    for (int id = 0; id < capacity; id++) {
      rows[id * WORDS + PACKETS] = id + 1 < capacity ? id + 1 : NONE;
    }
    freeHead = capacity > 0 ? 0 : NONE;
  }

  /** Counts the free records by walking the free list; O(capacity), for invariant checks. */
  int freeCount() {
    int count = 0;
    for (int id = freeHead;
        id != NONE && count <= capacity;
        id = (int) rows[id * WORDS + PACKETS]) {
      count++;
    }
    return count;
  }

  /** Tells whether no record is free. */
  boolean isFull() {
    return freeHead == NONE;
  }

  /** Takes a free record and initialises it; the caller checked {@link #isFull()}. */
  int allocate(int routeId, long nowNanos) {
    int id = freeHead;
    int base = id * WORDS;
    freeHead = (int) rows[base + PACKETS];
    rows[base + PACKETS] = 0;
    rows[base + BYTES] = 0;
    rows[base + LAST_SEEN] = nowNanos;
    rows[base + ROUTE] = routeId;
    return id;
  }

  /** Returns a record to the free list; its packets word holds the next free id meanwhile. */
  void release(int id) {
    rows[id * WORDS + PACKETS] = freeHead;
    freeHead = id;
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
}
