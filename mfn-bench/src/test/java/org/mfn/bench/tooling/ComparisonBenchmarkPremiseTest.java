package org.mfn.bench.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;
import org.mfn.core.regression.ChangeVerdict;
import org.mfn.core.regression.ComparisonReport;
import org.mfn.core.regression.MetricComparison;

class ComparisonBenchmarkPremiseTest {

  @Test
  void theComparisonFindsThePlantedRegression_andThePeerTestsEveryBenchmark() throws Exception {
    try (BenchmarkHarness<ComparisonBenchmark> h =
        BenchmarkHarness.of(ComparisonBenchmark.class, Map.of())) {
      ComparisonReport report = (ComparisonReport) h.call("compare");
      assertThat(report.comparisons()).hasSize(2 * 1000);
      assertThat(report.regressions()).hasSize(1).first().asString().contains("Suite.b7 score");
      long unchanged =
          report.comparisons().stream()
              .filter(c -> "score".equals(c.metric()))
              .map(MetricComparison::verdict)
              .filter(v -> v == ChangeVerdict.UNCHANGED)
              .count();
      // Each unchanged score's 95% interval is about +-2.5% wide here, so about 5% of them reach
      // past +-5% and stay INCONCLUSIVE; the rest are shown unchanged.
      assertThat(unchanged).isBetween(900L, 999L);
      double[] p = (double[]) h.call("welchOnly");
      assertThat(p).hasSize(1000);
      assertThat(p[7]).isLessThan(1e-4);
    }
  }
}
