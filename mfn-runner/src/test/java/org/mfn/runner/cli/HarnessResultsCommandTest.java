package org.mfn.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.harness.Harness;
import org.mfn.core.harness.HarnessResult;
import org.mfn.core.harness.HarnessRun;
import org.mfn.core.stats.SampleSummarizer;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.cli.MfnCommandTest.Outcome;

/** Harness results in the runner's commands: compared like any run, and rendered as reports. */
class HarnessResultsCommandTest {
  @TempDir Path dir;

  private Path measure(String name, long spinNanos) throws Exception {
    Instant start = Instant.now();
    HarnessResult r =
        Harness.measure("com.example.Probe.op")
            .warmup(Duration.ofMillis(100))
            .duration(Duration.ofMillis(500))
            .rounds(3)
            .run(
                flow -> {
                  long end = System.nanoTime() + spinNanos;
                  while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                  }
                });
    Path file = dir.resolve(name + ".json");
    HarnessRun.write(
        HarnessRun.of(
            List.of(r),
            List.of(r.toBenchmarkResult(new SampleSummarizer(0.95, 1000), null, Map.of())),
            0.95,
            start,
            Instant.now()),
        file);
    return file;
  }

  @Test
  void twoHarnessRuns_areComparedLikeAnyRun_andReported() throws Exception {
    Path fast = measure("fast", 20_000);
    Path slow = measure("slow", 40_000);
    Outcome compared = MfnCommandTest.run("compare", fast.toString(), slow.toString());
    assertThat(compared.code()).as(compared.out() + compared.err()).isEqualTo(ExitCodes.REGRESSION);
    assertThat(compared.out()).contains("com.example.Probe.op").contains("REGRESSED");

    Path out = dir.resolve("report");
    Outcome reported = MfnCommandTest.run("report", slow.toString(), "--output", out.toString());
    assertThat(reported.code()).as(reported.err()).isZero();
    try (var files = Files.walk(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("report.html", "summary.md", "metrics.prom");
    }
  }
}
