package org.mfn.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FlowHashTest {

  @Test
  void hash2_equalsGeneralHashOfTwoWords() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) {
      long a = random.nextLong();
      long b = random.nextLong();
      assertThat(FlowHash.hash2(a, b)).isEqualTo(FlowHash.hash(new long[] {a, b}, 0, 2));
    }
  }

  @Test
  void hash_flippingOneInputBit_flipsAboutHalfTheOutputBits() {
    // Avalanche: over random inputs and every input bit, the mean number of output bits that
    // change must be close to 32, and each output bit must change with probability near 1/2.
    SplittableRandom random = new SplittableRandom(11);
    int trials = 2_000;
    long[] flipsPerOutputBit = new long[64];
    long totalFlips = 0;
    long cases = 0;
    long[] words = new long[5];
    for (int t = 0; t < trials; t++) {
      for (int w = 0; w < words.length; w++) {
        words[w] = random.nextLong();
      }
      long base = FlowHash.hash(words, 0, 5);
      int word = random.nextInt(5);
      int bit = random.nextInt(64);
      words[word] ^= 1L << bit;
      long diff = base ^ FlowHash.hash(words, 0, 5);
      totalFlips += Long.bitCount(diff);
      for (int o = 0; o < 64; o++) {
        flipsPerOutputBit[o] += (diff >>> o) & 1;
      }
      cases++;
    }
    assertThat(totalFlips / (double) cases).isBetween(31.0, 33.0);
    for (long flips : flipsPerOutputBit) {
      assertThat(flips / (double) cases).isBetween(0.44, 0.56);
    }
  }

  @Test
  void hash_wordOrderMatters() {
    assertThat(FlowHash.hash2(1, 2)).isNotEqualTo(FlowHash.hash2(2, 1));
  }
}
