package org.mfn.layers.ifr;

import java.util.Arrays;

/**
 * The event counters of one {@link FlowRegistry}, written on every packet, kept in the middle of an
 * array with a cache line of unused slots on each side.
 *
 * <p>Why padded: the registries of a {@link ShardedFlowRegistry} are small objects allocated one
 * after another, so their counters would share cache lines, and two threads counting packets of
 * different shards would invalidate each other's line on every packet (false sharing). In its own
 * 64-byte line each shard's counting stays local to the core that owns the shard's lock at the
 * moment; {@code ConcurrentRegistryBenchmark} measures the two-thread case. Not thread-safe.
 */
final class RegistryCounters {
  private static final int PAD = 8; // longs: one 64-byte line
  private static final int HITS = PAD;
  private static final int MISSES = PAD + 1;
  private static final int BLOOM_REJECTIONS = PAD + 2;
  private static final int INSTALLS = PAD + 3;
  private static final int EVICTIONS = PAD + 4;
  private static final int REFUSED = PAD + 5;
  private static final int LENGTH = REFUSED + 1 + PAD;

  private final long[] counts = new long[LENGTH];

  void hit() {
    counts[HITS]++;
  }

  void miss() {
    counts[MISSES]++;
  }

  void bloomRejection() {
    counts[BLOOM_REJECTIONS]++;
  }

  void install() {
    counts[INSTALLS]++;
  }

  void eviction() {
    counts[EVICTIONS]++;
  }

  void refusal() {
    counts[REFUSED]++;
  }

  long hits() {
    return counts[HITS];
  }

  long misses() {
    return counts[MISSES];
  }

  long bloomRejections() {
    return counts[BLOOM_REJECTIONS];
  }

  long installs() {
    return counts[INSTALLS];
  }

  long evictions() {
    return counts[EVICTIONS];
  }

  long refusals() {
    return counts[REFUSED];
  }

  void reset() {
    Arrays.fill(counts, 0L);
  }
}
