package org.mfn.bench.ifr;

import java.util.SplittableRandom;
import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.core.workload.FlowTraceGenerator;
import org.mfn.core.workload.TraceConfig;

/**
 * Benchmark inputs for key lookups: {@code n} present IPv4 keys, {@code n} absent ones (the next
 * flow ids of the same generator, so distinct from every present key), a power-of-two array of
 * uniformly random query indexes, and the queried keys copied out in query order.
 *
 * <p>Why the copies: a lookup's input is a key the caller already holds (a parsed packet header,
 * hot in cache). Reading it from a random place in a 16 MB key array would add a cache miss per
 * query that is not the structure's cost, so benchmarks read the query-ordered copies sequentially
 * (the prefetcher hides them) while the structure itself is still probed at random. Built once per
 * trial; read-only afterwards, so it is safe to share between threads.
 */
final class FlowKeySet {
  /** Queries per array: 2^20, large enough that the order is not learned by the predictor. */
  static final int QUERIES = 1 << 20;

  /** Mask for cursor positions. */
  static final int MASK = QUERIES - 1;

  /** Words per key (IPv4). */
  static final int STRIDE = FlowKeyLayout.IPV4.words();

  final int size;
  final long[] present;
  final long[] absent;
  final int[] queries;
  final long[] presentQueries;
  final long[] absentQueries;

  FlowKeySet(int size, long seed) {
    this.size = size;
    TraceConfig config = TraceConfig.defaults(size, 1).withSeed(seed);
    this.present = pack(0, size, config);
    this.absent = pack(size, size, config);
    this.queries = new int[QUERIES];
    SplittableRandom random = new SplittableRandom(seed ^ 0x51ED_2701L);
    for (int i = 0; i < QUERIES; i++) {
      queries[i] = random.nextInt(size);
    }
    this.presentQueries = inQueryOrder(present);
    this.absentQueries = inQueryOrder(absent);
  }

  private static long[] pack(int firstId, int count, TraceConfig config) {
    long[] words = new long[count * STRIDE];
    for (int i = 0; i < count; i++) {
      FlowKeyLayout.IPV4.write(FlowTraceGenerator.keyFor(firstId + i, config), words, i * STRIDE);
    }
    return words;
  }

  private long[] inQueryOrder(long[] keys) {
    long[] ordered = new long[QUERIES * STRIDE];
    for (int q = 0; q < QUERIES; q++) {
      System.arraycopy(keys, queries[q] * STRIDE, ordered, q * STRIDE, STRIDE);
    }
    return ordered;
  }

  /** Returns the index, 0 .. QUERIES-1, of query {@code position}. */
  static int slot(int position) {
    return position & MASK;
  }

  /** Returns the word offset of query {@code position} in the query-ordered arrays. */
  static int queryOffset(int position) {
    return (position & MASK) * STRIDE;
  }

  /**
   * Reads the words of present query {@code position} and nothing else: the input fetch that every
   * method of a lookup benchmark does, as a {@code baseline()} measures it.
   */
  long fetchPresent(int position) {
    int offset = queryOffset(position);
    return presentQueries[offset] ^ presentQueries[offset + 1];
  }

  /** Reads the words of absent query {@code position}; see {@link #fetchPresent}. */
  long fetchAbsent(int position) {
    int offset = queryOffset(position);
    return absentQueries[offset] ^ absentQueries[offset + 1];
  }
}
