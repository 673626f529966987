package org.mfn.layers.ifr;

/**
 * A cache-line-blocked Bloom filter over 64-bit hashes: every key sets and tests {@code k} bits
 * inside one 512-bit block, so a query touches one cache line.
 *
 * <p>Sized from the expected insertions {@code n} and the target false-positive probability
 * {@code p}: the smallest number of blocks (and the best {@code k}) whose modelled
 * false-positive rate at {@code n} keys is at most {@code p}. The model accounts for the uneven
 * block loads of blocking (see below), so the measured rate stays close to {@code p} instead of
 * exceeding it as a standard-formula sizing would. Queries and insertions allocate nothing.
 *
 * <p>Not thread-safe for concurrent insertion; concurrent queries without writers are safe.
 * There are no false negatives. Keys cannot be removed: owners rebuild the filter (see {@link
 * FlowRegistry}).
 */
/*
 * Design.
 *
 * Why one cache line: a standard Bloom filter's k probes land on k random cache lines, so a
 * negative query costs up to k cache misses on a filter larger than the cache. Confining the k
 * bits of a key to one 64-byte block costs one miss [1].
 *
 * The price is uneven load: a block receives Poisson(lambda = n / blocks) keys, and overloaded
 * blocks answer "maybe" more often. The false-positive rate is therefore
 *   FPR = sum_i Poisson(i; lambda) * (1 - (1 - 1/512)^(k*i))^k,
 * which sizeFor() evaluates to choose the block count and k [1, section 3].
 *
 * Bits: the block is chosen from the hash's high 32 bits by multiply-shift range reduction (so
 * the block count need not be a power of two, which lets the size track p closely) [2]; the k bit
 * positions are the top 9 bits of successive states of a 64-bit LCG seeded with the hash [3].
 *
 * [1] F. Putze, P. Sanders, J. Singler, "Cache-, Hash- and Space-Efficient Bloom Filters", WEA 2007.
 * [2] D. Lemire, "A fast alternative to the modulo reduction", 2016.
 * [3] G. Steele, S. Vigna, "Computationally easy, spectrally good multipliers for congruential
 *     pseudorandom number generators", 2022 (the multiplier 0xd1342543de82ef95).
 */
public final class BlockedBloomFilter {
  private static final int BLOCK_BITS = 512;
  private static final int WORDS_PER_BLOCK = BLOCK_BITS / 64;
  private static final long LCG_MULTIPLIER = 0xD1342543DE82EF95L;
  private static final int MAX_K = 16;

  private final long[] words;
  private final int blocks;
  private final int k;
  private final long expectedInsertions;
  private final double targetFpp;

  /**
   * Creates a filter.
   *
   * @param expectedInsertions keys it is sized for, at least 1
   * @param fpp target false-positive probability at that many keys, in (0, 0.5)
   */
  public BlockedBloomFilter(long expectedInsertions, double fpp) {
    if (expectedInsertions < 1) {
      throw new IllegalArgumentException("expected insertions must be at least 1: " + expectedInsertions);
    }
    if (!(fpp > 0 && fpp < 0.5)) {
      throw new IllegalArgumentException("false-positive probability must be in (0, 0.5): " + fpp);
    }
    long[] size = sizeFor(expectedInsertions, fpp);
    if (size[0] * WORDS_PER_BLOCK > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("filter too large for " + expectedInsertions + " keys at " + fpp);
    }
    this.blocks = (int) size[0];
    this.k = (int) size[1];
    this.words = new long[blocks * WORDS_PER_BLOCK];
    this.expectedInsertions = expectedInsertions;
    this.targetFpp = fpp;
  }

  /**
   * Returns {@code {blocks, k}}: the fewest blocks, and the best k for them, whose modelled rate
   * at {@code n} keys is at most {@code fpp}.
   */
  static long[] sizeFor(long n, double fpp) {
    long low = 1;
    long high = Math.max(2, n); // one block per key is far below any fpp we accept
    while (modelledFpp(n, high, bestK(n, high)) > fpp) {
      high *= 2;
    }
    while (low < high) {
      long mid = (low + high) >>> 1;
      if (modelledFpp(n, mid, bestK(n, mid)) <= fpp) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return new long[] {low, bestK(n, low)};
  }

  private static int bestK(long n, long blocks) {
    int best = 1;
    double bestFpp = Double.MAX_VALUE;
    for (int k = 1; k <= MAX_K; k++) {
      double f = modelledFpp(n, blocks, k);
      if (f < bestFpp) {
        bestFpp = f;
        best = k;
      }
    }
    return best;
  }

  /**
   * The modelled false-positive rate of {@code blocks} blocks holding {@code n} keys with {@code
   * k} bits each (see the design note).
   */
  static double modelledFpp(long n, long blocks, int k) {
    double lambda = (double) n / blocks;
    double logBitStaysClear = Math.log1p(-1.0 / BLOCK_BITS);
    long maxLoad = (long) Math.ceil(lambda + 12 * Math.sqrt(lambda) + 12);
    double sum = 0;
    double logPoisson = -lambda; // log P(0)
    for (long i = 0; i <= maxLoad; i++) {
      if (i > 0) {
        logPoisson += Math.log(lambda) - Math.log(i);
      }
      double bitSet = -Math.expm1(k * i * logBitStaysClear);
      sum += Math.exp(logPoisson + k * Math.log(Math.max(bitSet, Double.MIN_NORMAL)));
    }
    return sum;
  }

  /**
   * Adds a key by its hash.
   *
   * @param hash a well-mixed 64-bit hash of the key
   */
  public void put(long hash) {
    final long[] w = words;
    int base = blockBase(hash);
    long state = hash;
    for (int i = 0; i < k; i++) {
      state = state * LCG_MULTIPLIER + 1;
      int bit = (int) (state >>> 55);
      w[base + (bit >>> 6)] |= 1L << bit;
    }
  }

  /**
   * Tests a key by its hash.
   *
   * @param hash the key's hash, as given to {@link #put(long)}
   * @return false if the key was certainly never added; true if it may have been
   */
  public boolean mightContain(long hash) {
    final long[] w = words;
    int base = blockBase(hash);
    long state = hash;
    for (int i = 0; i < k; i++) {
      state = state * LCG_MULTIPLIER + 1;
      int bit = (int) (state >>> 55);
      if ((w[base + (bit >>> 6)] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }

  private int blockBase(long hash) {
    return (int) (((hash >>> 32) * blocks) >>> 32) * WORDS_PER_BLOCK;
  }

  /** Removes every key. */
  public void clear() {
    java.util.Arrays.fill(words, 0L);
  }

  /** Returns the number of bits probed per key. */
  public int hashCount() {
    return k;
  }

  /** Returns the number of 512-bit blocks. */
  public int blockCount() {
    return blocks;
  }

  /** Returns the size of the bit array in bytes. */
  public long sizeInBytes() {
    return (long) words.length * Long.BYTES;
  }

  /** Returns the insertions the filter was sized for. */
  public long expectedInsertions() {
    return expectedInsertions;
  }

  /** Returns the target false-positive probability at {@link #expectedInsertions()} keys. */
  public double targetFpp() {
    return targetFpp;
  }

  /** Returns the modelled false-positive rate after {@code insertions} distinct keys. */
  public double expectedFpp(long insertions) {
    return modelledFpp(insertions, blocks, k);
  }
}
