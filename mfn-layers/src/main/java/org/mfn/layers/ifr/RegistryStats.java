package org.mfn.layers.ifr;

/**
 * A snapshot of a {@link FlowRegistry}'s counters.
 *
 * @param size flows installed now
 * @param capacity the most flows it holds
 * @param hits packets whose flow was installed
 * @param misses packets whose flow was not installed
 * @param bloomRejections misses answered by the Bloom filter without a table probe
 * @param installs flows installed
 * @param evictions flows evicted to make room
 * @param refusedInstalls flows not installed because the table refused them ({@link
 *     FlowTableOverflowException}: keys crafted to collide); their packets were still answered
 */
public record RegistryStats(
    int size,
    int capacity,
    long hits,
    long misses,
    long bloomRejections,
    long installs,
    long evictions,
    long refusedInstalls) {

  /** Returns {@code hits / (hits + misses)}, or 0 before any packet. */
  public double hitRate() {
    long total = hits + misses;
    return total == 0 ? 0 : (double) hits / total;
  }
}
