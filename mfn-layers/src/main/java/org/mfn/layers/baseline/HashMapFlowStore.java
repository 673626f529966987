package org.mfn.layers.baseline;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The traditional flow store: a {@link HashMap} from {@link FiveTupleKey} to a mutable record
 * object, unbounded, with the same data-path contract as the MFN registry (count the packet on a
 * hit, ask a slow path on a miss and install what it returns).
 *
 * <p>Not thread-safe. Memory per flow: the map entry, the key object and the record object (several
 * times the MFN registry's; the memory probe measures it).
 */
public final class HashMapFlowStore {
  /** Returned by {@link #process} when the flow stays uninstalled. */
  public static final int NO_ROUTE = -1;

  private final Map<FiveTupleKey, FlowRecord> flows;
  private final ToIntFunction<FiveTupleKey> missHandler;
  private long hits;
  private long misses;

  /**
   * Creates a store.
   *
   * @param expectedFlows flows it is presized for
   * @param missHandler returns the route for a new flow, or a negative value to leave it out
   */
  public HashMapFlowStore(int expectedFlows, ToIntFunction<FiveTupleKey> missHandler) {
    this.flows = new HashMap<>(Math.max(16, (int) (expectedFlows / 0.75f) + 1));
    this.missHandler = missHandler;
  }

  /** A flow's mutable record. */
  public static final class FlowRecord {
    long packets;
    long bytes;
    long lastSeenNanos;
    int routeId;

    FlowRecord(int routeId) {
      this.routeId = routeId;
    }

    /** Returns the packets counted. */
    public long packets() {
      return packets;
    }

    /** Returns the bytes counted. */
    public long bytes() {
      return bytes;
    }

    /** Returns the last-seen time in the caller's nanoseconds. */
    public long lastSeenNanos() {
      return lastSeenNanos;
    }

    /** Returns the route id. */
    public int routeId() {
      return routeId;
    }
  }

  /**
   * Handles one packet.
   *
   * @param key the flow's key
   * @param packetBytes packet size in bytes
   * @param nowNanos the caller's clock
   * @return the route id, or {@link #NO_ROUTE}
   */
  public int process(FiveTupleKey key, int packetBytes, long nowNanos) {
    FlowRecord record = flows.get(key);
    if (record == null) {
      misses++;
      int route = missHandler.applyAsInt(key);
      if (route < 0) {
        return NO_ROUTE;
      }
      record = new FlowRecord(route);
      flows.put(key, record);
    } else {
      hits++;
    }
    record.packets++;
    record.bytes += packetBytes;
    record.lastSeenNanos = nowNanos;
    return record.routeId;
  }

  /**
   * Installs a flow or changes its route.
   *
   * @param key the key
   * @param routeId the route
   */
  public void install(FiveTupleKey key, int routeId) {
    flows.computeIfAbsent(key, k -> new FlowRecord(routeId)).routeId = routeId;
  }

  /**
   * Returns a flow's record.
   *
   * @param key the key
   * @return the record, or null if absent
   */
  public FlowRecord find(FiveTupleKey key) {
    return flows.get(key);
  }

  /**
   * Removes a flow.
   *
   * @param key the key
   * @return true if it was installed
   */
  public boolean remove(FiveTupleKey key) {
    return flows.remove(key) != null;
  }

  /** Returns the number of flows. */
  public int size() {
    return flows.size();
  }

  /** Returns the hits counted. */
  public long hits() {
    return hits;
  }

  /** Returns the misses counted. */
  public long misses() {
    return misses;
  }
}
