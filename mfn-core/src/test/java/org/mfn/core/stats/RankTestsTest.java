package org.mfn.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Reference values from SciPy 1.17 ({@code scipy.stats.wilcoxon}, {@code mannwhitneyu}). */
class RankTestsTest {

  @Test
  void signedRank_smallSampleWithTies_exactConditionalAsScipyAuto() {
    // |0.01| and |0.02| tie. stats.wilcoxon(x) (method 'auto' enumerates the sign flips): 22/256.
    // SciPy's method='exact' ignores ties and gives 0.078125.
    double[] x = {0.03, -0.01, 0.02, 0.05, -0.02, 0.04, 0.01, 0.06};
    assertThat(RankTests.signedRankP(x)).isCloseTo(22.0 / 256, within(1e-12));
  }

  @Test
  void signedRank_noTies_exactAsScipy() {
    // stats.wilcoxon(x, method='exact') with distinct magnitudes: W- = 3 of n = 6, p = 2 * 5/64
    double[] x = {0.01, 0.02, -0.03, 0.04, 0.05, 0.06};
    assertThat(RankTests.signedRankP(x)).isCloseTo(0.15625, within(1e-12));
  }

  @Test
  void signedRank_zerosAreDropped_notCountedAsBetter() {
    // zero_method='wilcox' (SciPy's default): 0.125; commons-math counted the zeros as negative
    double[] x = {0.0, 0.0, 0.03, -0.01, 0.02, 0.05, 0.0, 0.04};
    assertThat(RankTests.signedRankP(x)).isCloseTo(0.125, within(1e-12));
  }

  @Test
  void signedRank_selfCompare_allZero_isOne() {
    assertThat(RankTests.signedRankP(new double[40])).isEqualTo(1.0);
  }

  @Test
  void signedRank_ties_exactSignFlipDistribution() {
    // stats.permutation_test over all 2^10 sign flips of the signed-rank statistic: 0.125
    double[] x = {0.02, -0.02, 0.02, 0.05, -0.01, 0.01, 0.02, 0.03, -0.02, 0.04};
    assertThat(RankTests.signedRankP(x)).isCloseTo(0.125, within(1e-12));
  }

  @Test
  void signedRank_forty_exactConditionalOnTheTie() {
    // 0.0401 and -0.0401 tie. The exact sign-flip distribution over the doubled ranks (checked by
    // an independent NumPy DP): 0.07523098328965716. SciPy's method='exact' ignores the tie
    // (0.0770); its normal approximation gives 0.0749 without continuity correction.
    double[] big40 = {
      0.0712, -0.0667, 0.0225, -0.007, -0.0036, 0.0035, -0.0506, 0.003, -0.016, 0.1097, 0.0168,
      -0.0006, 0.0016, -0.01, -0.0217, -0.0017, 0.0245, 0.0028, 0.0387, 0.004, 0.0107, 0.0564,
      0.0264, -0.0052, 0.0045, 0.0262, 0.0681, 0.0019, 0.0027, 0.0401, -0.0166, 0.0012, 0.0365,
      0.0274, 0.0127, 0.0301, -0.0748, 0.0406, -0.0188, -0.0401
    };
    assertThat(RankTests.signedRankP(big40)).isCloseTo(0.07523098328965716, within(1e-12));
  }

  @Test
  void signedRank_aboveTheExactLimit_normalWithCorrections_asScipy() {
    // stats.wilcoxon(big70, method='approx', correction=True): 0.008305239281658256
    double[] big70 = {
      0.0183, 0.031, -0.0033, -0.0223, 0.0108, 0.0084, 0.0522, 0.0324, 0.0158, 0.0433, 0.0038,
      -0.0178, 0.0275, 0.0275, 0.0036, -0.0135, 0.0169, -0.0648, 0.0307, 0.0247, -0.0392, 0.0118,
      -0.0189, 0.0327, -0.051, -0.0174, 0.0313, 0.0447, -0.0547, -0.0049, 0.0198, -0.0083, 0.0577,
      -0.0257, 0.0206, -0.0215, 0.0522, 0.0094, -0.0012, -0.0415, 0.0605, 0.0326, 0.0326, 0.0441,
      0.0205, -0.0092, -0.014, -0.014, 0.0511, -0.0338, -0.0079, 0.0004, 0.0167, 0.0273, -0.0275,
      -0.0419, 0.0099, 0.0464, 0.0327, 0.0165, 0.0005, 0.0188, 0.0027, 0.0345, -0.0138, 0.014,
      0.0067, 0.0263, 0.0167, 0.0865
    };
    assertThat(RankTests.signedRankP(big70)).isCloseTo(0.008305239281658256, within(1e-9));
  }

  @Test
  void signedRank_seededRandomSamples_pIsAlwaysAProbability() {
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 300; trial++) {
      double[] x = new double[1 + random.nextInt(80)];
      for (int i = 0; i < x.length; i++) {
        x[i] = random.nextInt(5) == 0 ? 0 : Math.round(random.nextGaussian() * 4) / 100.0;
      }
      assertThat(RankTests.signedRankP(x)).isBetween(0.0, 1.0);
    }
  }

  @Test
  void rankSum_threeAgainstFour_exactAsScipy() {
    // stats.mannwhitneyu(a, b, method='exact'): 0.05714285714285714
    double[] a = {10.1, 10.4, 9.8};
    double[] b = {11.0, 11.3, 10.9, 11.5};
    assertThat(RankTests.rankSumP(a, b)).isCloseTo(0.05714285714285714, within(1e-12));
  }

  @Test
  void rankSum_twoAgainstTwo_exactAsScipy() {
    assertThat(RankTests.rankSumP(new double[] {5, 6}, new double[] {7, 8}))
        .isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void rankSum_ties_exactPermutationAsScipy() {
    // stats.permutation_test of the U statistic over all splits: 0.1111 (asymptotic 0.0785)
    double[] a = {1, 2, 2, 3};
    double[] b = {2, 3, 4, 4, 5};
    assertThat(RankTests.rankSumP(a, b)).isCloseTo(0.1111111111111111, within(1e-12));
  }

  @Test
  void rankSum_identicalSamples_isOne() {
    double[] a = {3, 3, 3};
    assertThat(RankTests.rankSumP(a, a.clone())).isEqualTo(1.0);
  }
}
