package org.mfn.layers.ifr;

/**
 * The flow records of a {@link FlowRegistry}, stored column-wise by record id: packets, bytes,
 * last-seen time and route id, with a stack of free ids.
 *
 * <p>Record ids are 0 .. capacity-1. Columns are primitive arrays so that updating a record on
 * the data path touches a few words and allocates nothing. Memory: 28 bytes per record plus 4
 * for the free stack. Not thread-safe.
 */
final class FlowRecords {
  private final long[] packets;
  private final long[] bytes;
  private final long[] lastSeenNanos;
  private final int[] routeIds;
  private final int[] freeIds;
  private int freeCount;

  FlowRecords(int capacity) {
    packets = new long[capacity];
    bytes = new long[capacity];
    lastSeenNanos = new long[capacity];
    routeIds = new int[capacity];
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
    packets[id] = 0;
    bytes[id] = 0;
    lastSeenNanos[id] = nowNanos;
    routeIds[id] = routeId;
    return id;
  }

  /** Returns a record to the free stack. */
  void release(int id) {
    freeIds[freeCount++] = id;
  }

  /** Counts one packet of {@code packetBytes} seen at {@code nowNanos}. */
  void touch(int id, int packetBytes, long nowNanos) {
    packets[id]++;
    bytes[id] += packetBytes;
    lastSeenNanos[id] = nowNanos;
  }

  long packets(int id) {
    return packets[id];
  }

  long bytes(int id) {
    return bytes[id];
  }

  long lastSeenNanos(int id) {
    return lastSeenNanos[id];
  }

  int routeId(int id) {
    return routeIds[id];
  }

  void setRouteId(int id, int routeId) {
    routeIds[id] = routeId;
  }
}
