package org.mfn.runner.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.stats.SampleSummarizer;
import org.mfn.runner.plan.BenchmarkCatalog;

/**
 * JMH's sample mode writes a histogram per iteration; its score is the mean over all samples. Two
 * iterations per fork of 90 samples at 1000 ns and 10 at 3000 ns: JMH's score is 1200 ns, and the
 * unweighted mean of the iterations' means (2000 ns, what was reported before) is not it.
 */
class SampleModeWeightingTest {

  private static List<BenchmarkResult> read() throws Exception {
    Path file =
        Path.of(
            SampleModeWeightingTest.class
                .getResource("/compare/identity/sample-mode.json")
                .toURI());
    return new ResultAssembler(BenchmarkCatalog.load(), new SampleSummarizer(0.95, 200))
        .assemble(JmhJsonReader.read(file));
  }

  @Test
  void mean_isWeightedByTheSampleCounts_andAgreesWithJmhsScore() throws Exception {
    BenchmarkResult r = read().get(0);
    assertThat(r.primary().samples())
        .containsExactly(List.of(1000.0, 3000.0), List.of(1000.0, 3000.0));
    assertThat(r.primary().weights()).containsExactly(List.of(90.0, 10.0), List.of(90.0, 10.0));
    assertThat(r.primary().statistics().mean()).isCloseTo(1200.0, within(1e-9));
    assertThat(r.primary().statistics().ci().lower()).isLessThanOrEqualTo(1200.0);
    assertThat(r.primary().statistics().ci().upper()).isGreaterThanOrEqualTo(1200.0);
    assertThat(r.primary().statistics().percentiles()).containsEntry("p50", 1000.0);
  }
}
