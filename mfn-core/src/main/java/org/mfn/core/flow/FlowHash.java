package org.mfn.core.flow;

/**
 * A strong 64-bit hash of packed flow-key words.
 *
 * <p>Each word is multiplied by an odd constant and folded into the state with a rotation (the
 * multiply-rotate-multiply step of MurmurHash3's 64-bit body), and the state is finished with
 * MurmurHash3's {@code fmix64} avalanche, so every input bit affects every output bit with
 * probability close to one half. The same words give the same hash on every JVM; the hash is not
 * keyed and is invertible, so it must not index a table of keys chosen by someone else: tables use
 * the keyed {@link FlowHasher}. It names flows in traces and reports.
 *
 * <p>{@link #hash2(long, long)} is the two-word (IPv4) case of {@link #hash(long[], int, int)}
 * written out for the lookup hot path; both return the same value for the same words.
 */
public final class FlowHash {
  private static final long SEED = 0x9E3779B97F4A7C15L;
  private static final long C1 = 0x87C37B91114253D5L;
  private static final long C2 = 0x4CF5AD432745937FL;

  private FlowHash() {}

  /**
   * Hashes {@code count} words starting at {@code offset}.
   *
   * @param words the packed key words
   * @param offset index of the first word
   * @param count number of words, at least 1
   * @return the 64-bit hash
   */
  public static long hash(long[] words, int offset, int count) {
    long h = SEED ^ count;
    for (int i = 0; i < count; i++) {
      h = step(h, words[offset + i]);
    }
    return fmix64(h);
  }

  /**
   * Hashes two words; equal to {@code hash(new long[] {w0, w1}, 0, 2)}.
   *
   * @param w0 first word
   * @param w1 second word
   * @return the 64-bit hash
   */
  public static long hash2(long w0, long w1) {
    return fmix64(step(step(SEED ^ 2, w0), w1));
  }

  private static long step(long h, long word) {
    long k = Long.rotateLeft(word * C1, 31) * C2;
    return Long.rotateLeft(h ^ k, 27) * 5 + 0x52DCE729;
  }

  /**
   * MurmurHash3's 64-bit finalizer: a bijection on 64-bit values with full avalanche.
   *
   * @param value any value
   * @return the mixed value
   */
  public static long fmix64(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}
