package org.mfn.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mfn.core.result.EnvironmentInfo;

class EnvironmentProbeTest {
  @Test
  void cpuModel_onLinux_isTheKernelsModelName() throws Exception {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(cpuinfo)) {
      // CI runs on Linux (Debian): there the reference must be readable.
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI=true but /proc/cpuinfo is not readable");
      }
      Assumptions.abort("no /proc/cpuinfo to compare with (not Linux)");
    }
    String kernels =
        Files.readAllLines(cpuinfo).stream()
            .filter(l -> l.startsWith("model name"))
            .map(l -> l.substring(l.indexOf(':') + 1).trim())
            .findFirst()
            .orElseThrow();
    assertThat(EnvironmentProbe.cpuModel()).isEqualTo(kernels);
  }

  @Test
  void describe_recordsThisJvmAndMachine() {
    EnvironmentInfo e = EnvironmentProbe.describe("9.9", Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(e.mfnVersion()).isEqualTo("9.9");
    assertThat(e.jdkVersion()).isEqualTo(System.getProperty("java.version"));
    assertThat(e.cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(e.startTime()).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(e.cpuModel()).isNotBlank().isNotEqualTo("unknown");
  }
}
