package org.mfn.core.flow;

import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * A keyed 64-bit hash of packed flow-key words, for hash tables and filters that face traffic an
 * attacker may choose.
 *
 * <p>Each instance holds three secret 64-bit key words. {@link #random()} draws them from the
 * operating system's entropy (one {@link SecureRandom} draw per instance), so that keys crafted to
 * collide under one table's hash do not collide under another's; {@link #seeded(long)} derives them
 * from a seed, for benchmarks and tests that need the same hashes in every run. Equal words give
 * equal hashes under one instance; {@code hash2(w0, w1)} equals {@code hash(new long[] {w0, w1}, 0,
 * 2)}. Immutable and thread-safe; hashing allocates nothing.
 *
 * <p>Not a cryptographic function: it resists collisions crafted without knowledge of the key (the
 * threat of hash flooding, where the attacker sees only the table's answers), not an attacker who
 * can read the key or measure many hashes precisely.
 */
/*
 * Design.
 *
 * The unkeyed FlowHash is a bijection followed by a bijection: anyone can invert it and produce
 * any number of keys with one 64-bit hash, which drove the Robin Hood table into unbounded growth
 * (issue 10: 251 crafted IPv4 tuples, 111K -> 14.2M slots). Keying it with a seed XORed into the
 * initial state would not help: MurmurHash-style bodies have seed-independent differentials [2].
 *
 * Here every pair of words is combined by a folded multiply [1]: the full 128-bit product of
 * (w0 ^ h) and (w1 ^ k1), high half XOR low half. Both factors are hidden by key words, so the
 * attacker cannot steer the product; a difference in either word changes the product by a
 * multiple of the other, unknown factor. The folded multiply is the core of wyhash and of
 * foldhash, the default hasher of Rust's hashbrown tables [1]. MurmurHash3's fmix64 then spreads
 * the result over all 64 bits, because the table takes its slot from the low 32 bits and its
 * fingerprint from the top 24, and the Bloom filter uses both halves too.
 *
 * One IPv4 key (two words) costs one 64x64->128 multiply (Math.multiplyHigh is an intrinsic) and
 * fmix64's two multiplies: fewer dependent multiplies than FlowHash's body and finaliser.
 *
 * [1] O. Peters, "foldhash" (2024) and Wang Yi, "wyhash": folded multiply, per-process random
 *     seeds as a defence against hash flooding.
 * [2] J.-P. Aumasson, D. J. Bernstein, "SipHash: a fast short-input PRF", INDOCRYPT 2012,
 *     section 7 (seed-independent multicollisions of MurmurHash).
 */
public final class FlowHasher {
  private static final SecureRandom ENTROPY = new SecureRandom();

  private final long k0;
  private final long k1;
  private final long k2;

  private FlowHasher(long k0, long k1, long k2) {
    this.k0 = k0;
    this.k1 = k1;
    this.k2 = k2;
  }

  /**
   * Returns a hasher with a fresh random key: the default for every table that stores flows it did
   * not choose.
   *
   * @return a new hasher
   */
  public static FlowHasher random() {
    long a;
    long b;
    long c;
    synchronized (ENTROPY) {
      a = ENTROPY.nextLong();
      b = ENTROPY.nextLong();
      c = ENTROPY.nextLong();
    }
    return new FlowHasher(a, b, c);
  }

  /**
   * Returns a hasher whose key is derived from {@code seed}: the same seed gives the same hashes on
   * every JVM. Use it only where reproducibility matters more than resistance to crafted keys
   * (benchmarks, tests), never for traffic from outside.
   *
   * @param seed any value
   * @return the hasher for that seed
   */
  public static FlowHasher seeded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return new FlowHasher(random.nextLong(), random.nextLong(), random.nextLong());
  }

  /**
   * Hashes {@code count} words starting at {@code offset}.
   *
   * @param words the packed key words
   * @param offset index of the first word
   * @param count number of words, at least 1
   * @return the 64-bit hash
   */
  public long hash(long[] words, int offset, int count) {
    long h = k0 ^ count;
    int i = 0;
    for (; i + 1 < count; i += 2) {
      h = fold(words[offset + i] ^ h, words[offset + i + 1] ^ k1);
    }
    if (i < count) {
      h = fold(words[offset + i] ^ h, k2);
    }
    return FlowHash.fmix64(h);
  }

  /**
   * Hashes two words (an IPv4 key); equal to {@code hash(new long[] {w0, w1}, 0, 2)}.
   *
   * @param w0 first word
   * @param w1 second word
   * @return the 64-bit hash
   */
  public long hash2(long w0, long w1) {
    return FlowHash.fmix64(fold(w0 ^ (k0 ^ 2), w1 ^ k1));
  }

  /** The 128-bit product of {@code a} and {@code b}, high half XOR low half. */
  private static long fold(long a, long b) {
    return (a * b) ^ Math.multiplyHigh(a, b);
  }
}
