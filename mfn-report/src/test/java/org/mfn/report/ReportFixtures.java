package org.mfn.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.RunResult;
import org.mfn.report.json.ResultsJson;

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
    RunResult sample = sample();
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
              b.forks(),
              b.primary(),
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

  /** Renders a format to a string. */
  public static String render(ReportFormat format, RunResult result) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.renderer().render(result, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
