package org.mfn.layers.baseline;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * The traditional thread-safe flow store: a {@link ConcurrentHashMap} from {@link FiveTupleKey} to
 * a record object whose counters are updated under the record's monitor.
 *
 * <p>Thread-safe; per-flow updates are atomic, lookups of different flows do not block each other.
 */
public final class ConcurrentFlowStore {
  private final ConcurrentHashMap<FiveTupleKey, Record> flows;
  private final ToIntFunction<FiveTupleKey> missHandler;

  /**
   * Creates a store.
   *
   * @param expectedFlows flows it is presized for
   * @param missHandler returns the route for a new flow (0 or more), or a negative value
   */
  public ConcurrentFlowStore(int expectedFlows, ToIntFunction<FiveTupleKey> missHandler) {
    this.flows = new ConcurrentHashMap<>(Math.max(16, expectedFlows));
    this.missHandler = missHandler;
  }

  private static final class Record {
    long packets;
    long bytes;
    long lastSeenNanos;
    final int routeId;

    Record(int routeId) {
      this.routeId = routeId;
    }
  }

  /**
   * Handles one packet.
   *
   * @param key the flow
   * @param packetBytes packet size in bytes
   * @param nowNanos the caller's clock
   * @return the route id, or -1 if the flow stays uninstalled
   */
  public int process(FiveTupleKey key, int packetBytes, long nowNanos) {
    Record record = flows.get(key);
    if (record == null) {
      int route = missHandler.applyAsInt(key);
      if (route < 0) {
        return -1;
      }
      record = flows.computeIfAbsent(key, k -> new Record(route));
    }
    synchronized (record) {
      record.packets++;
      record.bytes += packetBytes;
      record.lastSeenNanos = nowNanos;
    }
    return record.routeId;
  }

  /**
   * Installs a flow if absent.
   *
   * @param key the flow
   * @param routeId its route
   */
  public void install(FiveTupleKey key, int routeId) {
    flows.computeIfAbsent(key, k -> new Record(routeId));
  }

  /**
   * Returns the packets counted for a flow.
   *
   * @param key the flow
   * @return the count, or -1 if not installed
   */
  public long packetsOf(FiveTupleKey key) {
    Record record = flows.get(key);
    if (record == null) {
      return -1;
    }
    synchronized (record) {
      return record.packets;
    }
  }

  /** Returns the number of flows. */
  public int size() {
    return flows.size();
  }
}
