package org.mfn.report.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.io.BoundedProcess;
import org.mfn.report.ReportFixtures;
import org.mfn.report.output.ReportFormat;

/**
 * {@code metrics.prom} parsed by the official Prometheus Python client's parser (Debian package
 * python3-prometheus-client, for the system {@code /usr/bin/python3}), which counts the samples it
 * reads. Skips on a machine without it, but fails when {@code CI=true} ({@code .ci/run} installs
 * it).
 */
class PrometheusParserTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final String PARSE =
      "import sys\n"
          + "from prometheus_client.parser import text_string_to_metric_families\n"
          + "families = list(text_string_to_metric_families(sys.stdin.read()))\n"
          + "print(len(families), sum(len(f.samples) for f in families))\n";

  @Test
  void metricsProm_parsesWithThePrometheusClientParser(@TempDir Path dir) throws Exception {
    boolean available =
        Files.isExecutable(PYTHON)
            && BoundedProcess.run(
                    new ProcessBuilder(PYTHON.toString(), "-c", "import prometheus_client"),
                    Duration.ofSeconds(30))
                .succeeded();
    if (!available) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(
            "CI=true but python3-prometheus-client is missing: .ci/run installs it");
      }
      Assumptions.abort("python3-prometheus-client is not installed");
    }
    String text = ReportFixtures.render(ReportFormat.PROMETHEUS, ReportFixtures.sample());
    Path input = Files.writeString(dir.resolve("metrics.prom"), text, StandardCharsets.UTF_8);
    BoundedProcess.Outcome python =
        BoundedProcess.run(
            new ProcessBuilder(PYTHON.toString(), "-c", PARSE).redirectInput(input.toFile()),
            Duration.ofSeconds(30));
    String out = python.output().trim();
    assertThat(python.timedOut()).as("python ran past 30 s").isFalse();
    assertThat(python.exitCode()).as(out).isZero();
    String[] counts = out.split(" ");
    long expectedSamples = text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).count();
    assertThat(Integer.parseInt(counts[0])).isEqualTo(5);
    assertThat(Long.parseLong(counts[1])).isEqualTo(expectedSamples);
  }
}
