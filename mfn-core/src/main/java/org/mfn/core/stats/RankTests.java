package org.mfn.core.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Two-sided rank tests with exact distributions where they are cheap: the Wilcoxon signed-rank test
 * of a sample against no shift, and the Mann-Whitney rank-sum test of two samples. Stateless.
 *
 * <p>Exact here means the permutation distribution conditional on the observed ranks, ties included
 * (ties get average ranks, which are multiples of one half; the distribution is counted over
 * doubled ranks, which are integers): sign flips for the signed-rank test up to {@value
 * #EXACT_SIGNED_RANK_LIMIT} non-zero values, splits of the pooled ranks for the rank-sum test up to
 * {@value #EXACT_RANK_SUM_LIMIT} values in all. Above, the normal approximation with a tie
 * correction of the variance and a continuity correction towards the mean. Two-sided p-values are
 * twice the smaller tail, capped at 1.
 */
/*
 * Why not commons-math 3.6.1: its WilcoxonSignedRankTest ranks zero differences and then counts
 * them as negative (W- = n(n+1)/2 - W+), so a self-compare, all zeros, gets p = 2^(1-n) instead of
 * 1, and its doubled tail can exceed 1 (1.0625 was seen); its normal approximation moves the
 * continuity correction away from the mean; its MannWhitneyUTest is asymptotic at any size, which
 * at 3 against 4 values is far from the exact p (SciPy: 0.0571 exact). Zeros are dropped here,
 * as SciPy's default (zero_method="wilcox") does.
 */
public final class RankTests {
  /** Non-zero values up to which the signed-rank test is exact (2 x 1275 doubled-rank sums). */
  public static final int EXACT_SIGNED_RANK_LIMIT = 50;

  /** Values in both samples together up to which the rank-sum test is exact. */
  public static final int EXACT_RANK_SUM_LIMIT = 40;

  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  private RankTests() {}

  /**
   * The two-sided p-value of the Wilcoxon signed-rank test that {@code differences} are symmetric
   * about zero. Zero differences are dropped; with none left, p is 1.
   *
   * @param differences paired differences (e.g. log-changes of scores)
   * @return the p-value, in [0, 1]
   */
  public static double signedRankP(double[] differences) {
    double[] nonZero = Arrays.stream(differences).filter(d -> d != 0).toArray();
    int n = nonZero.length;
    if (n == 0) {
      return 1.0;
    }
    double[] ranks = new NaturalRanking(TiesStrategy.AVERAGE).rank(absolute(nonZero));
    int[] doubled = doubled(ranks);
    int positive = 0;
    for (int i = 0; i < n; i++) {
      positive += nonZero[i] > 0 ? doubled[i] : 0;
    }
    if (n <= EXACT_SIGNED_RANK_LIMIT) {
      return exactSignedRankP(doubled, positive);
    }
    double mean = n * (n + 1) / 4.0;
    double variance = n * (n + 1) * (2.0 * n + 1) / 24 - tieSum(ranks) / 48;
    return normalP(positive / 2.0, mean, variance);
  }

  /** Sign flips: every subset of the doubled ranks is equally likely to be the positive ones. */
  private static double exactSignedRankP(int[] doubled, int observed) {
    int total = Arrays.stream(doubled).sum();
    double[] ways = new double[total + 1]; // counts up to 2^50, exact in a double
    ways[0] = 1;
    for (int r : doubled) {
      for (int s = total; s >= r; s--) {
        ways[s] += ways[s - r];
      }
    }
    return twoSided(ways, observed, Math.pow(2, doubled.length));
  }

  /**
   * The two-sided p-value of the Mann-Whitney rank-sum test that {@code a} and {@code b} come from
   * one distribution.
   *
   * @param a one sample, at least one value
   * @param b the other, at least one value
   * @return the p-value, in [0, 1]
   */
  public static double rankSumP(double[] a, double[] b) {
    int m = a.length;
    int total = m + b.length;
    if (total > EXACT_RANK_SUM_LIMIT) {
      return Math.min(1, new MannWhitneyUTest().mannWhitneyUTest(a, b));
    }
    double[] pooled = new double[total];
    System.arraycopy(a, 0, pooled, 0, m);
    System.arraycopy(b, 0, pooled, m, b.length);
    int[] doubled = doubled(new NaturalRanking(TiesStrategy.AVERAGE).rank(pooled));
    int observed = 0;
    for (int i = 0; i < m; i++) {
      observed += doubled[i];
    }
    int maxSum = Arrays.stream(doubled).sum();
    // ways[k][s]: subsets of k pooled values whose doubled ranks sum to s.
    double[][] ways = new double[m + 1][maxSum + 1];
    ways[0][0] = 1;
    for (int r : doubled) {
      for (int k = m; k >= 1; k--) {
        for (int s = maxSum; s >= r; s--) {
          ways[k][s] += ways[k - 1][s - r];
        }
      }
    }
    double subsets = Arrays.stream(ways[m]).sum();
    return twoSided(ways[m], observed, subsets);
  }

  private static double twoSided(double[] ways, int observed, double all) {
    double lower = 0;
    double upper = 0;
    for (int s = 0; s < ways.length; s++) {
      if (s <= observed) {
        lower += ways[s];
      }
      if (s >= observed) {
        upper += ways[s];
      }
    }
    return Math.min(1.0, 2 * Math.min(lower, upper) / all);
  }

  private static double normalP(double statistic, double mean, double variance) {
    if (variance <= 0) {
      return 1.0;
    }
    double z = Math.max(0, Math.abs(statistic - mean) - 0.5) / Math.sqrt(variance);
    return Math.min(1.0, 2 * NORMAL.cumulativeProbability(-z));
  }

  /** The sum of t^3 - t over groups of tied ranks. */
  private static double tieSum(double[] ranks) {
    double[] sorted = ranks.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      double t = j - i;
      sum += t * t * t - t;
      i = j;
    }
    return sum;
  }

  private static double[] absolute(double[] values) {
    return Arrays.stream(values).map(Math::abs).toArray();
  }

  private static int[] doubled(double[] ranks) {
    return Arrays.stream(ranks).mapToInt(r -> (int) Math.round(2 * r)).toArray();
  }
}
