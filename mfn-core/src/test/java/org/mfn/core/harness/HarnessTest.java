package org.mfn.core.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.regression.ChangeVerdict;
import org.mfn.core.regression.ComparisonSettings;
import org.mfn.core.regression.RegressionDetector;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.core.stats.SampleSummarizer;

class HarnessTest {
  @TempDir Path dir;

  private static void spin(long nanos) {
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }

  /**
   * A 50 us operation offered 2000 times a second that stalls once for 300 ms: the calls queued
   * behind the stall wait up to 300 ms, which the corrected percentiles show and the uncorrected
   * ones (timed from each call's actual start) hide.
   */
  @Test
  void atAFixedRate_theCorrectedPercentilesShowAStall_theUncorrectedHideIt() {
    AtomicInteger calls = new AtomicInteger();
    HarnessResult r =
        Harness.measure("stall")
            .fixedRate(2000)
            .warmup(Duration.ZERO)
            .duration(Duration.ofSeconds(3))
            .rounds(1)
            .run(
                flow -> {
                  if (calls.incrementAndGet() == 2000) {
                    Thread.sleep(300);
                  } else {
                    spin(50_000);
                  }
                });
    System.out.printf(
        "harness, 2000/s with one 300 ms stall: p99 corrected %.1f ms, uncorrected %.3f ms;"
            + " p99.9 corrected %.1f ms, uncorrected %.3f ms%n",
        r.corrected().p99Micros() / 1e3,
        r.uncorrected().p99Micros() / 1e3,
        r.corrected().p999Micros() / 1e3,
        r.uncorrected().p999Micros() / 1e3);
    assertThat(r.corrected().p99Micros()).isGreaterThan(100_000);
    assertThat(r.uncorrected().p99Micros()).isLessThan(10_000);
    assertThat(r.uncorrected().maxMicros()).isGreaterThanOrEqualTo(300_000);
    // The schedule is kept: the queued calls run late, none is skipped.
    assertThat(r.corrected().count()).isBetween(5900L, 6000L);
    assertThat(r.corrected().count()).isEqualTo(r.uncorrected().count());
  }

  @Test
  void closedLoop_visitsTheFlowsRoundRobin_onEveryThread() {
    AtomicLongArray visits = new AtomicLongArray(10);
    java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    HarnessResult r =
        Harness.measure("flows")
            .flowCount(10)
            .threads(2)
            .warmup(Duration.ZERO)
            .duration(Duration.ofMillis(300))
            .rounds(2)
            .run(
                flow -> {
                  visits.incrementAndGet(flow);
                  threads.add(Thread.currentThread().getName() + Thread.currentThread().getId());
                  spin(5_000);
                });
    long total = 0;
    long min = Long.MAX_VALUE;
    long max = 0;
    for (int f = 0; f < 10; f++) {
      total += visits.get(f);
      min = Math.min(min, visits.get(f));
      max = Math.max(max, visits.get(f));
    }
    assertThat(max - min).isLessThanOrEqualTo(1);
    assertThat(threads).hasSize(2);
    assertThat(r.corrected().count()).isEqualTo(total);
    assertThat(r.latencySamples()).hasNumberOfRows(2);
    assertThat(r.latencySamples()[0]).hasSize(5); // 300 ms in intervals of 60 ms
    assertThat(r.errors()).isZero();
  }

  @Test
  void results_areBenchmarksOfResultsJson_thatTheRegressionCheckCompares() throws Exception {
    SampleSummarizer stats = new SampleSummarizer(0.95, 1000);
    Instant start = Instant.now();
    HarnessResult fast =
        Harness.measure("com.example.Probe.op")
            .warmup(Duration.ofMillis(100))
            .duration(Duration.ofMillis(500))
            .rounds(3)
            .run(flow -> spin(20_000));
    HarnessResult slow =
        Harness.measure("com.example.Probe.op")
            .warmup(Duration.ofMillis(100))
            .duration(Duration.ofMillis(500))
            .rounds(3)
            .run(flow -> spin(40_000));
    BenchmarkResult a = fast.toBenchmarkResult(stats, null, Map.of("flows", "1"));
    BenchmarkResult b = slow.toBenchmarkResult(stats, null, Map.of("flows", "1"));
    assertThat(a.primary().unit()).isEqualTo("us/op");
    assertThat(a.forks()).isEqualTo(3);
    assertThat(a.primary().statistics().mean()).isBetween(15.0, 200.0);
    assertThat(a.secondary()).containsKeys("throughput", "latency.p99", "latency.p99.uncorrected");

    Path file = dir.resolve("results.json");
    HarnessRun.write(HarnessRun.of(List.of(fast), List.of(a), 0.95, start, Instant.now()), file);
    RunResult read = ResultsJson.read(file);
    assertThat(read.benchmarks())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.benchmark()).isEqualTo("com.example.Probe.op");
              assertThat(x.primary().samples()).hasSize(3);
            });
    assertThat(read.settings().profile()).isEqualTo("harness");

    var report =
        new RegressionDetector(new ComparisonSettings(5, 0.95, 1000))
            .compare(read.benchmarks(), List.of(b));
    assertThat(report.comparisons().stream().filter(c -> c.metric().equals("score")))
        .singleElement()
        .satisfies(c -> assertThat(c.verdict()).isEqualTo(ChangeVerdict.REGRESSED));
  }

  @Test
  void badConfiguration_isNamed() {
    assertThatThrownBy(() -> Harness.measure("x").flowCount(0).config())
        .hasMessageContaining("flow count must be at least 1: 0");
    assertThatThrownBy(() -> Harness.measure("x").fixedRate(-1).config())
        .hasMessageContaining(": -1.0");
    assertThatThrownBy(() -> Harness.measure(" ").config()).hasMessageContaining("name");
    assertThatThrownBy(
            () ->
                Harness.measure("x")
                    .duration(Duration.ofSeconds(1))
                    .interval(Duration.ofSeconds(2))
                    .config())
        .hasMessageContaining("PT2S");
    assertThatThrownBy(() -> Harness.measure("x").threads(0).config())
        .hasMessageContaining("threads must be at least 1: 0");
  }
}
