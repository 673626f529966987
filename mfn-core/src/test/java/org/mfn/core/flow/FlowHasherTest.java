package org.mfn.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FlowHasherTest {

  /**
   * Keys that an attacker who knows a hasher's key makes collide on all 64 bits: the second word
   * cancels the key word, so the product is zero whatever the first word. White-box on purpose: the
   * key words are derived here as {@link FlowHasher#seeded} derives them, and the first assertion
   * of each test checks that premise.
   */
  static long[] keysCollidingUnder(long seed, int count) {
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

  @Test
  void hash2_equalsGeneralHashOfTwoWords() {
    FlowHasher hasher = FlowHasher.seeded(3);
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) {
      long a = random.nextLong();
      long b = random.nextLong();
      assertThat(hasher.hash2(a, b)).isEqualTo(hasher.hash(new long[] {a, b}, 0, 2));
    }
  }

  @Test
  void seeded_sameSeed_sameHashes_otherSeed_otherHashes() {
    long[] words = {1, 2, 3, 4, 5};
    assertThat(FlowHasher.seeded(9).hash(words, 0, 5))
        .isEqualTo(FlowHasher.seeded(9).hash(words, 0, 5));
    assertThat(FlowHasher.seeded(9).hash(words, 0, 5))
        .isNotEqualTo(FlowHasher.seeded(10).hash(words, 0, 5));
  }

  @Test
  void random_twoInstances_hashDifferently() {
    assertThat(FlowHasher.random().hash2(1, 2)).isNotEqualTo(FlowHasher.random().hash2(1, 2));
  }

  @Test
  void keysCraftedForOneKey_collide_onlyUnderThatKey() {
    long[] crafted = keysCollidingUnder(1234, 1000);
    FlowHasher known = FlowHasher.seeded(1234);
    Set<Long> underKnown = new HashSet<>();
    Set<Long> underRandom = new HashSet<>();
    Set<Long> underOtherSeed = new HashSet<>();
    FlowHasher random = FlowHasher.random();
    FlowHasher other = FlowHasher.seeded(1235);
    for (int i = 0; i < 1000; i++) {
      underKnown.add(known.hash2(crafted[2 * i], crafted[2 * i + 1]));
      underRandom.add(random.hash2(crafted[2 * i], crafted[2 * i + 1]));
      underOtherSeed.add(other.hash2(crafted[2 * i], crafted[2 * i + 1]));
    }
    assertThat(underKnown)
        .as("premise: the crafted keys collide under the key they target")
        .hasSize(1);
    assertThat(underRandom).hasSize(1000);
    assertThat(underOtherSeed).hasSize(1000);
  }

  @Test
  void hash_flippingOneInputBit_flipsAboutHalfTheOutputBits() {
    FlowHasher hasher = FlowHasher.seeded(5);
    SplittableRandom random = new SplittableRandom(11);
    int trials = 4_000;
    long[] flipsPerOutputBit = new long[64];
    long totalFlips = 0;
    for (int stride : new int[] {2, 5}) {
      long[] words = new long[stride];
      for (int t = 0; t < trials; t++) {
        for (int w = 0; w < stride; w++) {
          words[w] = random.nextLong();
        }
        long base = hasher.hash(words, 0, stride);
        words[random.nextInt(stride)] ^= 1L << random.nextInt(64);
        long diff = base ^ hasher.hash(words, 0, stride);
        totalFlips += Long.bitCount(diff);
        for (int o = 0; o < 64; o++) {
          flipsPerOutputBit[o] += (diff >>> o) & 1;
        }
      }
    }
    double cases = 2.0 * trials;
    assertThat(totalFlips / cases).isBetween(31.0, 33.0);
    for (long flips : flipsPerOutputBit) {
      assertThat(flips / cases).isBetween(0.45, 0.55);
    }
  }

  @Test
  void hash_sparseFlowKeys_spreadEvenlyOverSlots() {
    // Real keys differ in few bits (adjacent addresses and ports): their low 32 bits, which pick a
    // table slot, must still fill 1024 buckets evenly (chi-square with 1023 degrees of freedom;
    // 1200 is above its 99.99th percentile).
    FlowHasher hasher = FlowHasher.seeded(8);
    int buckets = 1024;
    int keys = 200_000;
    long[] counts = new long[buckets];
    for (int i = 0; i < keys; i++) {
      long w0 = 0x0A00_0000_C0A8_0000L | i;
      long w1 = (long) (i % 50_000) << 48 | 443L << 32 | 6L << 24 | 4;
      counts[(int) (((hasher.hash2(w0, w1) & 0xFFFF_FFFFL) * buckets) >>> 32)]++;
    }
    double expected = (double) keys / buckets;
    double chiSquare = 0;
    for (long c : counts) {
      chiSquare += (c - expected) * (c - expected) / expected;
    }
    assertThat(chiSquare).isLessThan(1200);
  }

  @Test
  void hash_keysOfDifferentLength_differ() {
    FlowHasher hasher = FlowHasher.seeded(1);
    long[] words = {0, 0, 0, 0, 0};
    Set<Long> hashes = new HashSet<>();
    for (int count = 1; count <= 5; count++) {
      hashes.add(hasher.hash(words, 0, count));
    }
    assertThat(hashes).hasSize(5);
  }
}
