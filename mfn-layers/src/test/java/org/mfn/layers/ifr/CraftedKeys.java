package org.mfn.layers.ifr;

import java.util.SplittableRandom;
import org.mfn.core.flow.FlowHasher;

/**
 * Keys an attacker crafts against a hash whose key they know: the worst case for a flow table.
 * White-box on purpose (it repeats how {@link FlowHasher#seeded} derives its key words and how the
 * table picks a home slot); each test first asserts that the crafted keys do collide under the
 * targeted hasher, so a change of either derivation fails loudly instead of passing vacuously.
 */
public final class CraftedKeys {
  private CraftedKeys() {}

  /**
   * Pairs of words whose 64-bit hashes are all equal under {@code FlowHasher.seeded(seed)}: the
   * second word cancels the key word it is XORed with, so the folded product is zero whatever the
   * first word. Not valid IPv4 meta words; for table tests.
   *
   * @param seed the targeted hasher's seed
   * @param count keys wanted
   * @return {@code 2 * count} words
   */
  public static long[] fullCollisions(long seed, int count) {
    SplittableRandom keyOf = new SplittableRandom(seed);
    keyOf.nextLong();
    long k1 = keyOf.nextLong();
    long[] words = new long[2 * count];
    for (int i = 0; i < count; i++) {
      words[2 * i] = 0x0A00_0001_0A00_0002L + ((long) i << 32);
      words[2 * i + 1] = k1;
    }
    return words;
  }

  /**
   * Valid packed IPv4 keys (TCP, port 443) that share one home slot in a table of {@code capacity}
   * slots hashed by {@code hasher}: found by brute force over source addresses, as an attacker who
   * knows the key would.
   *
   * @param hasher the targeted hasher
   * @param capacity the targeted table's slot count
   * @param count keys wanted
   * @return {@code 2 * count} words
   */
  public static long[] sameHomeSlot(FlowHasher hasher, int capacity, int count) {
    long meta = 40_000L << 48 | 443L << 32 | 6L << 24 | 4;
    long destination = 0xC0A8_0001L;
    long[] words = new long[2 * count];
    int found = 0;
    int target = -1;
    for (long source = 0x0A00_0000L; found < count; source++) {
      long w0 = source << 32 | destination;
      int home = homeSlot(hasher.hash2(w0, meta), capacity);
      if (target < 0) {
        target = home;
      }
      if (home == target) {
        words[2 * found] = w0;
        words[2 * found + 1] = meta;
        found++;
      }
    }
    return words;
  }

  /** The table's home slot (as RobinHoodFlowTable computes it). */
  public static int homeSlot(long hash, int capacity) {
    return (int) (((hash & 0xFFFF_FFFFL) * capacity) >>> 32);
  }
}
