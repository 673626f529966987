package org.mfn.layers.ifr;

import org.mfn.core.flow.FlowKey;

/**
 * The Immediate Flow Registry: exact 5-tuple matching with a Bloom filter in front of a Robin Hood
 * table, a record per flow (packets, bytes, last seen, route id), bounded capacity with pluggable
 * eviction, counters, and a slow-path {@link MissHandler} that may install the flow.
 *
 * <p>Keys are packed words in the registry's {@link RegistryConfig#layout()}; {@link
 * #process(long[], int, int, long)} is the data path and allocates nothing. Times are nanoseconds
 * of the caller's clock (the registry never reads a clock, so tests and traces are deterministic).
 *
 * <p>Not thread-safe: one thread owns a registry (a sharded wrapper serves several threads).
 * Memory: for IPv4 {@code 24 * tableSlots + 33 * capacity} bytes (slots, records and eviction
 * state; tableSlots is about capacity / 0.9) plus the Bloom filter (about 1.3 bytes per flow at
 * 1%): about 61 bytes per flow, as FlowMemoryBenchmark measures. The table and the filter share the
 * configuration's keyed {@link org.mfn.core.flow.FlowHasher}; crafted keys cost at most one
 * doubling of the table, after which their installs are refused and counted ({@link
 * RegistryStats#refusedInstalls()}) while their packets are still answered.
 *
 * <p>The miss handler may call back into this registry (install or remove other flows, even the
 * missing one): the registry looks the flow up again after the handler returns, so a re-entrant
 * install is never installed twice.
 */
/*
 * Design.
 *
 * Lookup order: the Bloom filter answers most misses from one cache line without probing the
 * table; a hit pays one extra cache line for it, so on a hit-dominated trace the filter is a
 * cost (FlowRegistryMatchBenchmark measures the registry with and without it). The filter cannot forget keys, so removals
 * (evictions, deletes) are counted and the filter is rebuilt from the table when they reach half
 * the capacity, keeping its false-positive rate near the configured one at O(1) amortised cost.
 *
 * Records live in rows indexed by a record id that is the table's value, so table shifts move
 * one slot rather than the record, and eviction policies keep per-record state by id.
 */
public final class FlowRegistry {
  /** Returned by {@link #process} when the flow is not installed after the packet. */
  public static final int NO_ROUTE = -1;

  private final RegistryConfig config;
  private final RobinHoodFlowTable table;
  private final BlockedBloomFilter bloom;
  private final FlowRecords records;
  private final EvictionPolicy eviction;
  private final MissHandler missHandler;
  private final long[] scratchKey;
  private final RegistryCounters counters = new RegistryCounters();
  private int removalsSinceRebuild;

  /**
   * Creates a registry with CLOCK eviction.
   *
   * @param config layout, capacity, Bloom filter and load factor
   * @param missHandler the slow path
   */
  public FlowRegistry(RegistryConfig config, MissHandler missHandler) {
    this(config, missHandler, new ClockEviction(config.capacity()));
  }

  /**
   * Creates a registry.
   *
   * @param config layout, capacity, Bloom filter and load factor
   * @param missHandler the slow path
   * @param eviction the eviction policy, for record ids 0 .. capacity-1
   */
  public FlowRegistry(RegistryConfig config, MissHandler missHandler, EvictionPolicy eviction) {
    this.config = config;
    this.table =
        new RobinHoodFlowTable(
            config.layout().words(), config.capacity(), config.maxLoadFactor(), config.hasher());
    this.bloom =
        config.bloomFpp() > 0 ? new BlockedBloomFilter(config.capacity(), config.bloomFpp()) : null;
    this.records = new FlowRecords(config.capacity());
    this.eviction = eviction;
    this.missHandler = missHandler;
    this.scratchKey = new long[config.layout().words()];
  }

  /**
   * Handles one packet: on a hit, counts it in the flow's record and returns the cached route; on a
   * miss, asks the {@link MissHandler} and installs the flow if it returns a route.
   *
   * @param key array holding the packed key, in the registry's layout
   * @param offset index of its first word
   * @param packetBytes size of the packet in bytes
   * @param nowNanos the caller's clock
   * @return the route id, or {@link #NO_ROUTE} if the flow stays uninstalled
   */
  public int process(long[] key, int offset, int packetBytes, long nowNanos) {
    return processHashed(table.hash(key, offset), key, offset, packetBytes, nowNanos);
  }

  /**
   * {@link #process} for a caller that already has the key's hash ({@link
   * RobinHoodFlowTable#hashOf}), e.g. a sharded wrapper that hashed to pick the shard.
   *
   * @param hash the key's hash
   * @param key array holding the packed key
   * @param offset index of its first word
   * @param packetBytes size of the packet in bytes
   * @param nowNanos the caller's clock
   * @return the route id, or {@link #NO_ROUTE}
   * @throws IllegalArgumentException if {@code packetBytes} is negative
   */
  public int processHashed(long hash, long[] key, int offset, int packetBytes, long nowNanos) {
    if (packetBytes < 0) {
      throw new IllegalArgumentException("packet size must be >= 0 bytes: " + packetBytes);
    }
    if (bloom == null || bloom.mightContain(hash)) {
      int slot = table.findSlot(hash, key, offset);
      if (slot >= 0) {
        int record = table.valueAt(slot);
        eviction.recordAccessed(record);
        counters.hit();
        return records.touch(record, packetBytes, nowNanos);
      }
    } else {
      counters.bloomRejection();
    }
    return miss(hash, key, offset, packetBytes, nowNanos);
  }

  private int miss(long hash, long[] key, int offset, int packetBytes, long nowNanos) {
    counters.miss();
    int route = missHandler.onMiss(key, offset);
    if (route < 0) {
      return NO_ROUTE;
    }
    int record;
    int slot = table.findSlot(hash, key, offset); // the handler may have installed it
    if (slot >= 0) {
      record = table.valueAt(slot);
      records.setRouteId(record, route);
    } else {
      try {
        record = installNew(hash, key, offset, route, nowNanos);
      } catch (FlowTableOverflowException refused) {
        return route; // answered, not cached (installNew counted the refusal)
      }
    }
    records.touch(record, packetBytes, nowNanos);
    return route;
  }

  /**
   * Finds a flow without counting or updating anything.
   *
   * @param key array holding the packed key
   * @param offset index of its first word
   * @return the flow's record id, or {@link RobinHoodFlowTable#NOT_FOUND}
   */
  public int find(long[] key, int offset) {
    long hash = table.hash(key, offset);
    if (bloom != null && !bloom.mightContain(hash)) {
      return RobinHoodFlowTable.NOT_FOUND;
    }
    int slot = table.findSlot(hash, key, offset);
    return slot < 0 ? RobinHoodFlowTable.NOT_FOUND : table.valueAt(slot);
  }

  /**
   * Installs a flow or changes its route, evicting another flow if the registry is full.
   *
   * @param key array holding the packed key
   * @param offset index of its first word
   * @param routeId the route, 0 or more
   * @param nowNanos the caller's clock
   * @return the flow's record id
   * @throws FlowTableOverflowException if the table refuses the key (keys crafted to collide); the
   *     registry is then unchanged but for the flow evicted to make room, and the refusal counted
   */
  public int install(long[] key, int offset, int routeId, long nowNanos) {
    if (routeId < 0) {
      throw new IllegalArgumentException("route id must be >= 0: " + routeId);
    }
    long hash = table.hash(key, offset);
    int slot = table.findSlot(hash, key, offset);
    if (slot >= 0) {
      int record = table.valueAt(slot);
      records.setRouteId(record, routeId);
      return record;
    }
    return installNew(hash, key, offset, routeId, nowNanos);
  }

  private int installNew(long hash, long[] key, int offset, int routeId, long nowNanos) {
    if (records.isFull()) {
      evictOne();
    }
    int record = records.allocate(routeId, nowNanos);
    try {
      table.put(key, offset, record);
    } catch (FlowTableOverflowException refused) {
      records.release(record);
      counters.refusal();
      throw refused;
    }
    if (bloom != null) {
      bloom.put(hash);
    }
    eviction.recordInstalled(record);
    counters.install();
    return record;
  }

  private void evictOne() {
    int slot = eviction.selectVictimSlot(table);
    records.release(table.valueAt(slot));
    table.removeAt(slot);
    eviction.victimRemoved(slot);
    counters.eviction();
    countRemoval();
  }

  /**
   * Removes a flow.
   *
   * @param key array holding the packed key
   * @param offset index of its first word
   * @return true if it was installed
   */
  public boolean remove(long[] key, int offset) {
    int record = table.remove(key, offset);
    if (record < 0) {
      return false;
    }
    records.release(record);
    countRemoval();
    return true;
  }

  private void countRemoval() {
    if (bloom != null && ++removalsSinceRebuild >= Math.max(1, config.capacity() / 2)) {
      rebuildBloom();
    }
  }

  private void rebuildBloom() {
    bloom.clear();
    for (int slot = 0; slot < table.capacity(); slot++) {
      if (table.isOccupied(slot)) {
        table.copyKeyAt(slot, scratchKey, 0);
        bloom.put(table.hash(scratchKey, 0));
      }
    }
    removalsSinceRebuild = 0;
  }

  /** Removes every flow and resets the counters. */
  public void clear() {
    table.clear();
    records.clear();
    eviction.clear();
    if (bloom != null) {
      bloom.clear();
    }
    removalsSinceRebuild = 0;
    resetCounters();
  }

  /** Sets the hit, miss, Bloom, install and eviction counters to zero. */
  public void resetCounters() {
    counters.reset();
  }

  /** Returns the packets that hit an installed flow since the last reset (no allocation). */
  public long hits() {
    return counters.hits();
  }

  /** Returns the packets that missed since the last reset (no allocation). */
  public long misses() {
    return counters.misses();
  }

  /** Returns a snapshot of the counters. */
  public RegistryStats stats() {
    return new RegistryStats(
        table.size(),
        config.capacity(),
        counters.hits(),
        counters.misses(),
        counters.bloomRejections(),
        counters.installs(),
        counters.evictions(),
        counters.refusals());
  }

  /** Returns the configuration. */
  public RegistryConfig config() {
    return config;
  }

  /** Returns the number of installed flows. */
  public int size() {
    return table.size();
  }

  /** Returns the slots of the hash table (its memory is {@code 8 * (words + 1)} bytes a slot). */
  public int tableCapacity() {
    return table.capacity();
  }

  /** Returns the packets counted for a record. */
  public long packets(int recordId) {
    return records.packets(recordId);
  }

  /** Returns the bytes counted for a record. */
  public long bytes(int recordId) {
    return records.bytes(recordId);
  }

  /** Returns when a record's flow was last seen, in the caller's nanoseconds. */
  public long lastSeenNanos(int recordId) {
    return records.lastSeenNanos(recordId);
  }

  /** Returns a record's route id. */
  public int routeId(int recordId) {
    return records.routeId(recordId);
  }

  /**
   * Packs a key in this registry's layout; a convenience for callers holding {@link FlowKey}s.
   *
   * @param key the key
   * @return a new array with the packed words
   */
  public long[] pack(FlowKey key) {
    long[] words = new long[config.layout().words()];
    config.layout().write(key, words, 0);
    return words;
  }

  /** Checks the table's invariants and the record accounting; for tests. */
  void checkInvariants() {
    table.checkInvariants();
    if (records.freeCount() + table.size() != config.capacity()) {
      throw new AssertionError(
          records.freeCount()
              + " free records and "
              + table.size()
              + " flows do not add up to the capacity "
              + config.capacity()
              + ": a record leaked");
    }
    if (bloom != null) {
      for (int slot = 0; slot < table.capacity(); slot++) {
        if (table.isOccupied(slot)) {
          table.copyKeyAt(slot, scratchKey, 0);
          if (!bloom.mightContain(table.hash(scratchKey, 0))) {
            throw new AssertionError(
                "installed flow missing from the Bloom filter at slot " + slot);
          }
        }
      }
    }
  }
}
