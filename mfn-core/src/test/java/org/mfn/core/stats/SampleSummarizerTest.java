package org.mfn.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SampleSummarizerTest {
  private final SampleSummarizer summarizer = new SampleSummarizer(0.95, 2000);

  @Test
  void summarize_handWorkedSample_pointEstimates() {
    double[][] samples = {{1, 2, 3}, {4, 5}};

    Statistics s = summarizer.summarize(samples, 1);

    assertThat(s.n()).isEqualTo(5);
    assertThat(s.mean()).isEqualTo(3.0);
    assertThat(s.median()).isEqualTo(3.0);
    assertThat(s.stdev()).isCloseTo(Math.sqrt(2.5), within(1e-12));
    assertThat(s.min()).isEqualTo(1.0);
    assertThat(s.max()).isEqualTo(5.0);
  }

  @Test
  void summarize_studentT_matchesTextbookFormula() {
    // n = 5, mean 3, s = sqrt(2.5); t(0.975, 4) = 2.7764451051977987.
    Statistics s = summarizer.summarize(new double[][] {{1, 2, 3, 4, 5}}, 1);
    double half = 2.7764451051977987 * Math.sqrt(2.5) / Math.sqrt(5);
    assertThat(s.ciStudentT().lower()).isCloseTo(3 - half, within(1e-9));
    assertThat(s.ciStudentT().upper()).isCloseTo(3 + half, within(1e-9));
  }

  @Test
  void summarize_singleSample_hasNoInterval() {
    Statistics s = summarizer.summarize(new double[][] {{42}}, 1);
    assertThat(s.ci()).isNull();
    assertThat(s.ciStudentT()).isNull();
    assertThat(s.stdev()).isNull();
  }

  @Test
  void summarize_sameSeed_sameInterval() {
    double[][] samples = normal(new SplittableRandom(5), 3, 10, 100, 5);
    assertThat(summarizer.summarize(samples, 9).ci())
        .isEqualTo(summarizer.summarize(samples, 9).ci());
  }

  @Test
  void bootstrapInterval_normalSamples_coversTheTrueMeanAtAboutTheLevel() {
    SplittableRandom random = new SplittableRandom(77);
    int covered = 0;
    int trials = 400;
    for (int t = 0; t < trials; t++) {
      double[][] samples = normal(random, 1, 30, 100, 10);
      covered += summarizer.summarize(samples, t).ci().contains(100) ? 1 : 0;
    }
    // Percentile bootstrap at n = 30 under-covers slightly; 400 trials give sd about 1.1%.
    assertThat(covered / (double) trials).isBetween(0.90, 0.98);
  }

  @Test
  void hierarchicalInterval_forkVariance_isWiderThanTheFlatOne() {
    // Five forks whose means differ by far more than their iterations: the fork level dominates.
    SplittableRandom random = new SplittableRandom(3);
    double[][] samples = new double[5][];
    for (int f = 0; f < 5; f++) {
      double forkMean = 100 + 10 * normal(random, 1, 1, 0, 1)[0][0];
      samples[f] = normal(random, 1, 10, forkMean, 0.5)[0];
    }
    double[][] flat = {Arrays.stream(samples).flatMapToDouble(Arrays::stream).toArray()};
    ConfidenceInterval hierarchical =
        new HierarchicalBootstrap(2000, 1).meanInterval(samples, 0.95);
    ConfidenceInterval pooled = new HierarchicalBootstrap(2000, 1).meanInterval(flat, 0.95);
    assertThat(hierarchical.upper() - hierarchical.lower())
        .isGreaterThan(2 * (pooled.upper() - pooled.lower()));
  }

  static double[][] normal(
      SplittableRandom random, int forks, int iterations, double mean, double sd) {
    double[][] samples = new double[forks][iterations];
    for (double[] fork : samples) {
      for (int i = 0; i < iterations; i++) {
        fork[i] = mean + sd * random.nextGaussian();
      }
    }
    return samples;
  }
}
