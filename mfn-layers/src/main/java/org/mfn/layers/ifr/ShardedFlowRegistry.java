package org.mfn.layers.ifr;

import org.mfn.core.flow.FlowHasher;
import org.mfn.core.flow.FlowKeyLayout;

/**
 * A thread-safe flow registry: {@code shards} independent {@link FlowRegistry}s, each guarded by
 * its own monitor (padded, so that shards do not falsely share cache lines), a flow's shard chosen
 * by bits 32..39 of its hash (bits the shard's own table index and fingerprint do not use).
 *
 * <p>Consistency model: every operation on one flow is linearizable (it runs under the monitor of
 * the flow's only shard); operations on flows of different shards run in parallel. {@link #size()}
 * and {@link #stats()} visit the shards one after another, so under concurrent updates they are a
 * sum of per-shard snapshots, not one snapshot. Each shard holds an even share of the capacity plus
 * four standard deviations of the spread of flows over shards (about 5% more in all at 100,000
 * flows in 16 shards), so that the nominal capacity fits without eviction; a shard evicts on its
 * own when it is full, and {@link #stats()} reports the capacity actually held. The miss handler is
 * called while the flow's shard is locked: it must not call back into this registry.
 */
public final class ShardedFlowRegistry {
  /** The default number of shards: enough that two to eight threads rarely meet. */
  public static final int DEFAULT_SHARDS = 16;

  private final FlowRegistry[] shards;
  private final ShardLock[] locks;
  private final int mask;
  private final int stride;
  private final FlowHasher hasher;

  /**
   * Creates the registry.
   *
   * @param config layout, total capacity (split evenly), Bloom filter and load factor
   * @param shardCount a power of two, 1..256
   * @param missHandler the slow path (called under the shard's lock)
   */
  public ShardedFlowRegistry(RegistryConfig config, int shardCount, MissHandler missHandler) {
    if (shardCount < 1 || shardCount > 256 || Integer.bitCount(shardCount) != 1) {
      throw new IllegalArgumentException(
          "shard count must be a power of two in 1..256: " + shardCount);
    }
    int perShard = shardCapacity(config.capacity(), shardCount);
    // One keyed hash for all shards: it picks the shard and is handed down to the shard's table.
    RegistryConfig shardConfig = config.withCapacity(perShard);
    this.hasher = config.hasher();
    this.shards = new FlowRegistry[shardCount];
    for (int i = 0; i < shardCount; i++) {
      shards[i] = new FlowRegistry(shardConfig, missHandler);
    }
    this.locks = new ShardLock[shardCount];
    for (int i = 0; i < shardCount; i++) {
      locks[i] = new ShardLock();
    }
    this.mask = shardCount - 1;
    this.stride = config.layout().words();
  }

  /**
   * The capacity of one shard: an even share of {@code total} plus four standard deviations of the
   * binomial spread of flows over shards, so that {@code total} flows fit without eviction except
   * with a probability below 10^-4 per shard. With an exactly even split, 100,000 flows over 16
   * shards overflowed about half of them (share 6,250, spread +-79) and evicted installed flows.
   */
  static int shardCapacity(int total, int shards) {
    long share = (total + (long) shards - 1) / shards;
    double p = 1.0 / shards;
    long margin = (long) Math.ceil(4 * Math.sqrt(total * p * (1 - p)));
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, share + margin));
  }

  private int shardOf(long hash) {
    return (int) (hash >>> 32) & mask;
  }

  /**
   * The monitor of one shard, padded to 136 bytes so that the mark words of two shards' monitors
   * never share a cache line: taking one shard's lock does not invalidate the line another core is
   * locking (locking the registries themselves would, since they are small objects allocated side
   * by side).
   */
  @SuppressWarnings("unused") // the fields are the padding
  private static final class ShardLock {
    private long p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
  }

  /**
   * Handles one packet, as {@link FlowRegistry#process}.
   *
   * @param key array holding the packed key
   * @param offset index of its first word
   * @param packetBytes packet size in bytes
   * @param nowNanos the caller's clock
   * @return the route id, or {@link FlowRegistry#NO_ROUTE}
   */
  public int process(long[] key, int offset, int packetBytes, long nowNanos) {
    long hash = RobinHoodFlowTable.hashOf(hasher, key, offset, stride);
    int i = shardOf(hash);
    FlowRegistry shard = shards[i];
    synchronized (locks[i]) {
      return shard.processHashed(hash, key, offset, packetBytes, nowNanos);
    }
  }

  /**
   * Installs a flow or changes its route.
   *
   * @param key array holding the packed key
   * @param offset index of its first word
   * @param routeId the route, 0 or more
   * @param nowNanos the caller's clock
   */
  public void install(long[] key, int offset, int routeId, long nowNanos) {
    int i = shardOf(RobinHoodFlowTable.hashOf(hasher, key, offset, stride));
    FlowRegistry shard = shards[i];
    synchronized (locks[i]) {
      shard.install(key, offset, routeId, nowNanos);
    }
  }

  /**
   * Returns a flow's route without counting a packet.
   *
   * @param key array holding the packed key
   * @param offset index of its first word
   * @return the route id, or {@link FlowRegistry#NO_ROUTE} if not installed
   */
  public int routeOf(long[] key, int offset) {
    int i = shardOf(RobinHoodFlowTable.hashOf(hasher, key, offset, stride));
    FlowRegistry shard = shards[i];
    synchronized (locks[i]) {
      int record = shard.find(key, offset);
      return record < 0 ? FlowRegistry.NO_ROUTE : shard.routeId(record);
    }
  }

  /**
   * Returns the packets counted for a flow.
   *
   * @param key array holding the packed key
   * @param offset index of its first word
   * @return the count, or -1 if not installed
   */
  public long packetsOf(long[] key, int offset) {
    int i = shardOf(RobinHoodFlowTable.hashOf(hasher, key, offset, stride));
    FlowRegistry shard = shards[i];
    synchronized (locks[i]) {
      int record = shard.find(key, offset);
      return record < 0 ? -1 : shard.packets(record);
    }
  }

  /**
   * Removes a flow.
   *
   * @param key array holding the packed key
   * @param offset index of its first word
   * @return true if it was installed
   */
  public boolean remove(long[] key, int offset) {
    int i = shardOf(RobinHoodFlowTable.hashOf(hasher, key, offset, stride));
    FlowRegistry shard = shards[i];
    synchronized (locks[i]) {
      return shard.remove(key, offset);
    }
  }

  /** Returns the installed flows, summed shard by shard. */
  public int size() {
    int size = 0;
    for (int i = 0; i < shards.length; i++) {
      FlowRegistry shard = shards[i];
      synchronized (locks[i]) {
        size += shard.size();
      }
    }
    return size;
  }

  /** Returns the counters, summed shard by shard. */
  public RegistryStats stats() {
    int size = 0;
    int capacity = 0;
    long hits = 0;
    long misses = 0;
    long rejections = 0;
    long installs = 0;
    long evictions = 0;
    long refused = 0;
    for (int i = 0; i < shards.length; i++) {
      FlowRegistry shard = shards[i];
      RegistryStats s;
      synchronized (locks[i]) {
        s = shard.stats();
      }
      size += s.size();
      capacity += s.capacity();
      hits += s.hits();
      misses += s.misses();
      rejections += s.bloomRejections();
      installs += s.installs();
      evictions += s.evictions();
      refused += s.refusedInstalls();
    }
    return new RegistryStats(
        size, capacity, hits, misses, rejections, installs, evictions, refused);
  }

  /** Returns the key layout. */
  public FlowKeyLayout layout() {
    return shards[0].config().layout();
  }

  /** Checks every shard's invariants; for tests. */
  void checkInvariants() {
    for (int i = 0; i < shards.length; i++) {
      FlowRegistry shard = shards[i];
      synchronized (locks[i]) {
        shard.checkInvariants();
      }
    }
  }
}
