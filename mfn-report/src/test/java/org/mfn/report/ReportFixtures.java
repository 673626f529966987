package org.mfn.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.MetricResult;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.report.output.ReportFormat;

/**
 * The checked-in sample: a real smoke run of Layer 1 with baselines (44 results), plus one result
 * whose benchmark name, implementation and parameter carry HTML and script, and a claim text with
 * markup, as a hostile results file would.
 */
public final class ReportFixtures {
  private ReportFixtures() {}

  /** Returns the sample's path. */
  public static Path samplePath() {
    try {
      return Path.of(ReportFixtures.class.getResource("/sample/results.json").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the sample run. */
  public static RunResult sample() {
    return ResultsJson.read(samplePath());
  }

  /**
   * Returns the sample grown to {@code count} benchmarks: its results repeated, each copy renamed
   * ({@code method17}) and given a parameter {@code i}, as a large suite's results would be.
   */
  public static RunResult grown(int count) {
    return grown(count, 0, 0);
  }

  /**
   * As {@link #grown(int)}, with every primary score given {@code forks} x {@code iterations}
   * measured and {@code forks} x 5 warm-up values (seeded noise around the sample's mean), the
   * shape of a {@code thorough} run; 0 keeps the sample's own.
   */
  public static RunResult grown(int count, int forks, int iterations) {
    RunResult sample = sample();
    SplittableRandom random = new SplittableRandom(12);
    List<BenchmarkResult> many = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      BenchmarkResult b = sample.benchmarks().get(i % sample.benchmarks().size());
      many.add(
          new BenchmarkResult(
              b.benchmark() + i,
              Map.of("i", Integer.toString(i)),
              b.layer(),
              b.subject(),
              b.role(),
              b.implementation(),
              b.mode(),
              b.threads(),
              forks == 0 ? b.forks() : forks,
              forks == 0 ? b.primary() : reshaped(b.primary(), forks, iterations, random),
              b.secondary()));
    }
    return new RunResult(
        sample.schemaVersion(),
        sample.environment(),
        sample.settings(),
        many,
        List.of(),
        sample.targets(),
        null);
  }

  private static MetricResult reshaped(
      MetricResult m, int forks, int iterations, SplittableRandom random) {
    double mean = m.statistics().mean();
    List<List<Double>> samples = new ArrayList<>();
    List<List<Double>> warmup = new ArrayList<>();
    for (int f = 0; f < forks; f++) {
      List<Double> fork = new ArrayList<>();
      for (int i = 0; i < iterations; i++) {
        fork.add(mean * (1 + 0.02 * random.nextGaussian()));
      }
      samples.add(fork);
      List<Double> warm = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        warm.add(mean * (1.2 + 0.05 * random.nextGaussian()));
      }
      warmup.add(warm);
    }
    return new MetricResult(m.unit(), samples, m.statistics(), warmup, null);
  }

  /** Renders a format to a string. */
  public static String render(ReportFormat format, RunResult result) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.renderer().render(result, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Returns a run with two fault scenarios: a windowed one that recovers, and an instant one with a
   * hostile name that never does and has an interval without operations.
   */
  public static RunResult withFaults(RunResult run) {
    java.util.List<org.mfn.core.result.IntervalStats> timeline = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      double p99 = i >= 10 && i < 22 ? 900 : 20;
      timeline.add(new org.mfn.core.result.IntervalStats(i * 0.1, 5000, 50_000, p99 / 3, p99));
    }
    java.util.List<org.mfn.core.result.IntervalStats> gap = new java.util.ArrayList<>(timeline);
    gap.set(15, new org.mfn.core.result.IntervalStats(1.5, 0, 0, null, null));
    org.mfn.core.result.FaultOutcome.Window before =
        new org.mfn.core.result.FaultOutcome.Window(10, 50_000.0, 20.0, 20.0);
    org.mfn.core.result.FaultOutcome.Window during =
        new org.mfn.core.result.FaultOutcome.Window(10, 49_000.0, 900.0, 900.0);
    org.mfn.core.result.FaultOutcome.Window after =
        new org.mfn.core.result.FaultOutcome.Window(10, 50_000.0, 20.0, 900.0);
    return run.withFaults(
        java.util.List.of(
            new org.mfn.core.result.FaultOutcome(
                "link-failure",
                "791 of 8000 links down",
                50_000,
                1.0,
                2.0,
                before,
                during,
                after,
                0.2,
                0,
                0,
                timeline),
            new org.mfn.core.result.FaultOutcome(
                "<script>alert(1)</script>",
                "cleared & <b>gone</b>",
                50_000,
                1.0,
                1.0,
                before,
                during,
                after,
                null,
                12,
                0,
                gap)));
  }
}
