package org.mfn.core.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * The statistics the detector relies on, against values computed independently with SciPy 1.17.1
 * and NumPy 2.4.6 (Python 3.11, November 2026):
 *
 * <pre>
 * a = [19.1, 20.4, 18.7, 21.2, 20.0, 19.6, 20.9, 19.8]; b = [21.5, 22.3, 20.8, 23.1, 21.9, 22.7]
 * scipy.stats.ttest_ind(a, b, equal_var=False).pvalue                       = 0.0007662550047582334
 * scipy.stats.mannwhitneyu(a, b, use_continuity=False, method='asymptotic') = 0.0045086983649042355
 * Hedges' g of b against a (pooled sd, J = 1 - 3/(4(na+nb)-9))             = 2.3119930157342465
 * x = [3.1, 4.7, 2.2, 9.8, 5.5, 6.1, 7.3, 1.9, 8.4, 4.4, 5.0]
 * numpy.percentile(x, q, method='weibull'), q = 25, 50, 90, 99               = 3.1, 5.0, 9.52, 9.8
 * scipy.stats.false_discovery_control([0.01, 0.04, 0.03, 0.005, 0.2], method='bh')
 *                                                          = [0.025, 0.05, 0.05, 0.025, 0.2]
 * </pre>
 */
class SignificanceReferenceTest {
  private static final double[] A = {19.1, 20.4, 18.7, 21.2, 20.0, 19.6, 20.9, 19.8};
  private static final double[] B = {21.5, 22.3, 20.8, 23.1, 21.9, 22.7};
  private static final Percentage CLOSE = Percentage.withPercentage(1e-4); // 1e-6 relative

  @Test
  void welchP_matchesScipy() {
    assertThat(RegressionDetector.welchP(A, B)).isCloseTo(0.0007662550047582334, CLOSE);
  }

  @Test
  void mannWhitneyP_matchesScipy() {
    assertThat(new MannWhitneyUTest().mannWhitneyUTest(A, B))
        .isCloseTo(0.0045086983649042355, CLOSE);
  }

  @Test
  void hedgesG_matchesTheFormula() {
    assertThat(RegressionDetector.hedgesG(A, B)).isCloseTo(2.3119930157342465, CLOSE);
  }

  @Test
  void percentiles_matchNumpysWeibullDefinition() {
    DescriptiveStatistics d =
        new DescriptiveStatistics(
            new double[] {3.1, 4.7, 2.2, 9.8, 5.5, 6.1, 7.3, 1.9, 8.4, 4.4, 5.0});
    assertThat(d.getPercentile(25)).isCloseTo(3.1, within(1e-12));
    assertThat(d.getPercentile(50)).isCloseTo(5.0, within(1e-12));
    assertThat(d.getPercentile(90)).isCloseTo(9.52, within(1e-12));
    assertThat(d.getPercentile(99)).isCloseTo(9.8, within(1e-12));
  }

  @Test
  void benjaminiHochberg_matchesScipy() {
    double[] sorted = {0.005, 0.01, 0.03, 0.04, 0.2};
    assertThat(RegressionDetector.benjaminiHochberg(sorted))
        .containsExactly(new double[] {0.025, 0.025, 0.05, 0.05, 0.2}, within(1e-12));
  }
}
