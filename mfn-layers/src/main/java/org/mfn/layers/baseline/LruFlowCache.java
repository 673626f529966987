package org.mfn.layers.baseline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plain LRU over flow keys: a {@link LinkedHashMap} in access order that drops its eldest entry
 * when full, the textbook LRU cache. The reference policy against which the registry's CLOCK
 * eviction is compared on the same trace.
 *
 * <p>Not thread-safe. Every hit relinks the entry (what CLOCK avoids).
 */
public final class LruFlowCache {
  private final Map<FiveTupleKey, Integer> entries;

  /**
   * Creates the cache.
   *
   * @param capacity the most flows held, at least 1
   */
  public LruFlowCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.entries =
        new LinkedHashMap<>((int) (capacity / 0.75f) + 1, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<FiveTupleKey, Integer> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * Handles one packet: a hit refreshes the flow, a miss installs it (evicting the least recently
   * used flow when full).
   *
   * @param key the flow
   * @param routeId the route to install on a miss
   * @return true on a hit
   */
  public boolean access(FiveTupleKey key, int routeId) {
    if (entries.get(key) != null) {
      return true;
    }
    entries.put(key, routeId);
    return false;
  }

  /** Returns the number of flows held. */
  public int size() {
    return entries.size();
  }
}
