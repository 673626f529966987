package org.mfn.layers.ifr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mfn.core.flow.FlowHash;

class BlockedBloomFilterTest {

  private static long flowHash(long id, long salt) {
    return FlowHash.hash2(id * 0x9E3779B97F4A7C15L + salt, ~id);
  }

  @Test
  void mightContain_everyInsertedKey_noFalseNegatives() {
    BlockedBloomFilter filter = new BlockedBloomFilter(200_000, 0.01);
    for (long i = 0; i < 200_000; i++) {
      filter.put(flowHash(i, 1));
    }
    for (long i = 0; i < 200_000; i++) {
      assertThat(filter.mightContain(flowHash(i, 1))).isTrue();
    }
  }

  /**
   * At the sized-for load the modelled false-positive rate is within 2% of the configured rate (the
   * sizing), and the measured rate within 10% (the README's numbers). With 2,000,000 absent queries
   * the standard error is 0.7% of the rate at 1% and 2.2% at 0.1%: 10% is over 4 standard errors,
   * so a correct filter does not fail by chance, while a sizing off by a tenth does.
   */
  @ParameterizedTest(name = "fpp {0}")
  @CsvSource({"0.01", "0.001"})
  void mightContain_absentKeys_measuredRateWithin10PercentOfConfigured(double fpp) {
    int n = 200_000;
    BlockedBloomFilter filter = new BlockedBloomFilter(n, fpp);
    for (long i = 0; i < n; i++) {
      filter.put(flowHash(i, 1));
    }
    int queries = 2_000_000;
    int falsePositives = 0;
    for (long i = 0; i < queries; i++) {
      falsePositives += filter.mightContain(flowHash(i, 2)) ? 1 : 0;
    }
    double measured = falsePositives / (double) queries;
    System.out.printf(
        "fpp %.4f: measured %.5f, modelled %.5f, k=%d, %.2f bits/key%n",
        fpp, measured, filter.expectedFpp(n), filter.hashCount(), filter.sizeInBytes() * 8.0 / n);
    assertThat(filter.expectedFpp(n)).isBetween(0.98 * fpp, 1.02 * fpp);
    assertThat(measured).isBetween(0.90 * fpp, 1.10 * fpp);
  }

  @Test
  void modelledFpp_oneKeyPerBlock_matchesTheClosedForm() {
    // With exactly Poisson(1) keys per block: E[(1 - (63/64)^X)^8] summed by hand for X <= 30.
    double expected = 0;
    double poisson = Math.exp(-1);
    for (int i = 0; i <= 30; i++) {
      if (i > 0) {
        poisson /= i;
      }
      expected += poisson * Math.pow(1 - Math.pow(63 / 64.0, i), 8);
    }
    assertThat(BlockedBloomFilter.modelledFpp(1000, 1000))
        .isCloseTo(expected, Offset.offset(1e-12));
  }

  @Test
  void constructor_badArguments_throw() {
    assertThatThrownBy(() -> new BlockedBloomFilter(0, 0.01))
        .hasMessageContaining("expected insertions");
    assertThatThrownBy(() -> new BlockedBloomFilter(10, 0.6))
        .hasMessageContaining("false-positive");
  }

  @Test
  void clear_forgetsEveryKey() {
    BlockedBloomFilter filter = new BlockedBloomFilter(1000, 0.01);
    SplittableRandom random = new SplittableRandom(1);
    long h = random.nextLong();
    filter.put(h);
    filter.clear();
    assertThat(filter.mightContain(h)).isFalse();
  }

  @Test
  void constructor_fppBeyondWhatAnArrayHolds_rejectedNotShrunkToOneBlock() {
    // The doubling search for the block count overflowed for tiny fpp and gave one block, so
    // every query answered "maybe": a 100% false-positive rate.
    assertThatThrownBy(() -> new BlockedBloomFilter(1_000_000, 1e-30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1000000 keys at false-positive probability 1.0E-30")
        .hasMessageContaining("needs more than " + BlockedBloomFilter.MAX_BLOCKS + " blocks");
  }

  @Test
  void constructor_smallButReachableFpp_measuredRateStaysSmall() {
    BlockedBloomFilter filter = new BlockedBloomFilter(10_000, 1e-9);
    for (long i = 0; i < 10_000; i++) {
      filter.put(flowHash(i, 3));
    }
    long falsePositives = 0;
    for (long i = 0; i < 1_000_000; i++) {
      falsePositives += filter.mightContain(flowHash(i, 4)) ? 1 : 0;
    }
    assertThat(filter.blockCount())
        .isGreaterThan(2 * new BlockedBloomFilter(10_000, 0.01).blockCount());
    assertThat(filter.expectedFpp(10_000)).isLessThanOrEqualTo(1e-9);
    assertThat(falsePositives).isZero(); // expected 0.001 at 1e-9
  }
}
