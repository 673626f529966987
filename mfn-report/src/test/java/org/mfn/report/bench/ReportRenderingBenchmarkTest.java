package org.mfn.report.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mfn.report.output.ReportFormat;

/** Runs each benchmark method once, checking its premise: every format writes something. */
class ReportRenderingBenchmarkTest {
  @Test
  void everyMethod_rendersTheGrownResults() throws Exception {
    long single = 0;
    for (ReportFormat format : ReportFormat.values()) {
      ReportRenderingBenchmark b = new ReportRenderingBenchmark();
      b.benchmarks = 50;
      b.forks = 2;
      b.format = format.name();
      b.setUp();
      assertThat(b.results.benchmarks()).hasSize(50);
      assertThat(b.results.benchmarks().get(0).primary().samples()).hasSize(2);
      long bytes = b.oneFormat();
      if (format != ReportFormat.GITHUB_BIGGER) { // the sample has no bigger-is-better score
        assertThat(bytes).as(format.name()).isPositive();
      }
      single += bytes;
    }
    ReportRenderingBenchmark every = new ReportRenderingBenchmark();
    every.benchmarks = 50;
    every.forks = 2;
    every.format = "HTML";
    every.setUp();
    assertThat(every.everyFormat()).isGreaterThan(single);
  }
}
