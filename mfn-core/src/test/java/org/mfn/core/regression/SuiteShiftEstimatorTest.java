package org.mfn.core.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * The suite-shift test against SciPy 1.17.1 and NumPy 2.4.6 (Python 3.11, November 2026), and its
 * behaviour on seeded suites:
 *
 * <pre>
 * d10 = [0.12, -0.03, 0.25, 0.08, 0.31, -0.07, 0.18, 0.22, 0.05, 0.14]
 * scipy.stats.wilcoxon(d10, method='exact').pvalue                         = 0.013671875
 * d25 = numpy.round(numpy.random.default_rng(7).normal(0.05, 0.1, 25), 4)   (listed below)
 * scipy.stats.wilcoxon(d25, method='approx', correction=True).pvalue       = 0.3463247915940385
 * Hodges-Lehmann (median of the n(n+1)/2 Walsh averages): d10 0.13, d25 0.01395
 * Walsh averages at 0-based index k = floor(n(n+1)/4 - 1.959964 sqrt(n(n+1)(2n+1)/24)) and M-1-k:
 *   d10 (k = 8): 0.035, 0.215; d25 (k = 89): -0.02055, 0.0501
 * </pre>
 */
class SuiteShiftEstimatorTest {
  private static final double[] D10 = {
    0.12, -0.03, 0.25, 0.08, 0.31, -0.07, 0.18, 0.22, 0.05, 0.14
  };
  private static final double[] D25 = {
    0.0501, 0.0799, 0.0226, -0.0391, 0.0045, -0.0492, 0.056, 0.184, 0.0008, -0.012, 0.099, 0.0857,
    0.0605, -0.043, 0.0471, 0.1195, -0.0844, 0.0042, -0.1401, -0.079, -0.1342, 0.0265, -0.0767,
    0.0771, 0.0657
  };
  private static final Percentage CLOSE = Percentage.withPercentage(1e-6);

  private final SuiteShiftEstimator estimator =
      new SuiteShiftEstimator(new ComparisonSettings(5, 0.95, 100));

  /** A score comparison whose direction-aware log-change is {@code worseLog}. */
  static MetricComparison score(String name, double worseLog, boolean lowerIsBetter) {
    double ratio = Math.exp(lowerIsBetter ? worseLog : -worseLog);
    return comparison(name, "score", lowerIsBetter ? "ns/op" : "ops/us", lowerIsBetter, ratio);
  }

  /** A comparison with an old mean of 100 and the given ratio; only what the estimator reads. */
  static MetricComparison comparison(
      String name, String metric, String unit, boolean lowerIsBetter, double ratio) {
    return new MetricComparison(
        name,
        metric,
        unit,
        lowerIsBetter,
        new Change(100, 100 * ratio, ratio, null, 0),
        Significance.NONE,
        new Judgement(ChangeVerdict.UNCHANGED, null, null));
  }

  private static List<MetricComparison> scores(double[] worseLogs) {
    List<MetricComparison> list = new ArrayList<>();
    for (int i = 0; i < worseLogs.length; i++) {
      list.add(score("b" + i, worseLogs[i], i % 2 == 0));
    }
    return list;
  }

  private static double percent(double worseLog) {
    return Math.expm1(worseLog) * 100;
  }

  @Test
  void exactSignedRankAndHodgesLehmann_matchScipy() {
    SuiteShift s = estimator.estimate(scores(D10));
    assertThat(s.p()).isCloseTo(0.013671875, CLOSE);
    assertThat(s.worsePercent()).isCloseTo(percent(0.13), within(1e-9));
    assertThat(s.interval().lower()).isCloseTo(percent(0.035), within(1e-9));
    assertThat(s.interval().upper()).isCloseTo(percent(0.215), within(1e-9));
    assertThat(s.scores()).isEqualTo(10);
    assertThat(s.worseCount()).isEqualTo(8);
    assertThat(s.betterCount()).isEqualTo(2);
  }

  @Test
  void signedRankOf25Scores_exactAsScipy() {
    // stats.wilcoxon(D25, method='exact'): 0.3525196313858032 (25 scores are within the exact
    // limit now; the normal approximation with continuity correction gave 0.3463)
    SuiteShift s = estimator.estimate(scores(D25));
    assertThat(s.p()).isCloseTo(0.3525196313858032, Percentage.withPercentage(1e-6));
    assertThat(s.worsePercent()).isCloseTo(percent(0.01395), within(1e-9));
    assertThat(s.interval().lower()).isCloseTo(percent(-0.02055), within(1e-9));
    assertThat(s.interval().upper()).isCloseTo(percent(0.0501), within(1e-9));
    // The interval, -2.1% to +5.1%, reaches just past the 5% threshold: not shown unchanged.
    assertThat(s.verdict()).isEqualTo(ChangeVerdict.INCONCLUSIVE);
    assertThat(s.mostAffected()).isEmpty();
  }

  @Test
  void significantButIntervalReachingIntoTheThreshold_inconclusive() {
    SuiteShift s = estimator.estimate(scores(D10)); // 13.9% worse, interval from 3.6%
    assertThat(s.p()).isLessThan(0.05);
    assertThat(s.worsePercent()).isGreaterThan(5);
    assertThat(s.interval().lower()).isLessThan(5);
    assertThat(s.verdict()).isEqualTo(ChangeVerdict.INCONCLUSIVE);
    assertThat(s.note()).startsWith("the suite's shift cannot be told");
  }

  @Test
  void wholeIntervalBeyondThreshold_regressedWithTheWorstNamed() {
    SuiteShift s = estimator.estimate(scores(shifted(D10, 0.05)));
    assertThat(s.interval().lower()).isGreaterThan(5);
    assertThat(s.verdict()).isEqualTo(ChangeVerdict.REGRESSED);
    assertThat(s.mostAffected()).hasSize(5);
    assertThat(s.mostAffected().get(0)).startsWith("b4 (+43.3%)"); // 0.36, the largest
    assertThat(s.note()).contains("the suite as a whole is worse");
  }

  @Test
  void directionComesFromTheUnit_ratesThatFellAreWorse() {
    double[] worse = shifted(D10, 0.05);
    List<MetricComparison> fallingRates = new ArrayList<>();
    for (int i = 0; i < worse.length; i++) {
      fallingRates.add(score("r" + i, worse[i], false));
      assertThat(fallingRates.get(i).change().ratio())
          .isCloseTo(Math.exp(-worse[i]), within(1e-12));
    }
    assertThat(estimator.estimate(fallingRates).verdict()).isEqualTo(ChangeVerdict.REGRESSED);
    SuiteShift better = estimator.estimate(scores(shifted(D10, 0.05, -1)));
    assertThat(better.verdict()).isEqualTo(ChangeVerdict.IMPROVED);
    assertThat(better.mostAffected().get(0)).startsWith("b4 (-30.2%)");
  }

  private static double[] shifted(double[] values, double by) {
    return shifted(values, by, 1);
  }

  private static double[] shifted(double[] values, double by, double sign) {
    return Arrays.stream(values).map(d -> sign * (d + by)).toArray();
  }

  @Test
  void significantButWithinThreshold_unchanged() {
    double[] small = Arrays.stream(D10).map(d -> d / 10).toArray(); // ~1.3%
    SuiteShift s = estimator.estimate(scores(small));
    assertThat(s.p()).isLessThan(0.05);
    assertThat(s.verdict()).isEqualTo(ChangeVerdict.UNCHANGED);
  }

  @Test
  void fewerThanSixScores_noSuiteVerdict() {
    assertThat(estimator.estimate(scores(new double[] {0.3, 0.3, 0.3, 0.3, 0.3}))).isNull();
    assertThat(estimator.estimate(scores(new double[] {0.3, 0.3, 0.3, 0.3, 0.3, 0.3})).verdict())
        .isEqualTo(ChangeVerdict.REGRESSED);
  }

  @Test
  void onlyScoresCount_allocationIgnored() {
    List<MetricComparison> list = new ArrayList<>(scores(D25));
    list.add(comparison("a", RegressionDetector.ALLOCATION, "B/op", true, 8));
    assertThat(estimator.estimate(list).scores()).isEqualTo(25);
  }

  // --- Behaviour on simulated single-fork suites ------------------------------------------------

  /** Student-t noise with 3 degrees of freedom: heavy tails, as on a shared two-core machine. */
  private static double heavyTailed(SplittableRandom random) {
    double z = random.nextGaussian();
    double chi = 0;
    for (int i = 0; i < 3; i++) {
      double g = random.nextGaussian();
      chi += g * g;
    }
    return z / Math.sqrt(chi / 3);
  }

  /** Share of simulated 44-benchmark suites called REGRESSED when every score shifts by shift. */
  private double regressedShare(long seed, double shift, double noiseScale) {
    SplittableRandom random = new SplittableRandom(seed);
    int regressed = 0;
    int suites = 1000;
    for (int s = 0; s < suites; s++) {
      double[] logs = new double[44];
      for (int i = 0; i < logs.length; i++) {
        logs[i] = Math.log(shift) + noiseScale * heavyTailed(random);
      }
      regressed += estimator.estimate(scores(logs)).verdict() == ChangeVerdict.REGRESSED ? 1 : 0;
    }
    return regressed / (double) suites;
  }

  @Test
  void simulation_aaSuitesRarelyRegress_twentyPercentShiftsAlwaysFound() {
    double aa = regressedShare(21, 1.0, 0.1);
    double shifted = regressedShare(22, 1.2, 0.1);
    System.out.printf(
        "44 single-fork scores, t(3) noise of scale 10%%: A/A suites called REGRESSED %.1f%%,"
            + " suites 20%% slower found %.1f%%%n",
        100 * aa, 100 * shifted);
    assertThat(aa).isLessThanOrEqualTo(0.001);
    assertThat(shifted).isGreaterThanOrEqualTo(0.99);
    double small = regressedShare(23, 1.05, 0.1);
    assertThat(small).as("a 5%% shift is not beyond a 5%% threshold").isLessThanOrEqualTo(0.05);
  }
}
