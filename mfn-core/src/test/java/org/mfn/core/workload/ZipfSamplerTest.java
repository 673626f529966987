package org.mfn.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ZipfSamplerTest {

  @Test
  void probability_smallCase_matchesHandComputation() {
    // n = 3, s = 1: weights 1, 1/2, 1/3, total 11/6.
    ZipfSampler zipf = new ZipfSampler(3, 1.0);
    assertThat(zipf.probability(0)).isCloseTo(6 / 11.0, within(1e-12));
    assertThat(zipf.probability(1)).isCloseTo(3 / 11.0, within(1e-12));
    assertThat(zipf.probability(2)).isCloseTo(2 / 11.0, within(1e-12));
  }

  @Test
  void sample_exponentZero_isUniform() {
    ZipfSampler zipf = new ZipfSampler(4, 0);
    SplittableRandom random = new SplittableRandom(3);
    int[] counts = new int[4];
    for (int i = 0; i < 40_000; i++) {
      counts[zipf.sample(random)]++;
    }
    for (int c : counts) {
      assertThat(c).isBetween(9_600, 10_400);
    }
  }

  @Test
  void constructor_badArguments_throw() {
    assertThatThrownBy(() -> new ZipfSampler(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Zipf rank count must be at least 1: 0");
    assertThatThrownBy(() -> new ZipfSampler(10, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Zipf exponent must be finite and >= 0: -0.1");
    assertThatThrownBy(() -> new ZipfSampler(10, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Zipf exponent must be finite and >= 0: NaN");
  }
}
