package org.mfn.bench.ifr;

import java.util.SplittableRandom;
import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.core.workload.FlowTraceGenerator;
import org.mfn.core.workload.TraceConfig;

/**
 * Benchmark inputs for key lookups: {@code n} present IPv4 keys, {@code n} absent ones (the next
 * flow ids of the same generator, so distinct from every present key), and a power-of-two array of
 * uniformly random query indexes into them.
 *
 * <p>Built once per trial; read-only afterwards, so it is safe to share between threads.
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
  }

  private static long[] pack(int firstId, int count, TraceConfig config) {
    long[] words = new long[count * STRIDE];
    for (int i = 0; i < count; i++) {
      FlowKeyLayout.IPV4.write(FlowTraceGenerator.keyFor(firstId + i, config), words, i * STRIDE);
    }
    return words;
  }

  /** Returns the word offset of the key of query {@code position}. */
  int offset(int position) {
    return queries[position & MASK] * STRIDE;
  }
}
