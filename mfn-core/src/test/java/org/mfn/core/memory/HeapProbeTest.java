package org.mfn.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks {@link HeapProbe} against structures of known size, in a JVM configured as the memory
 * benchmark's forks are (serial collector, no TLABs, fixed heap): the probe's figures are only
 * defined there, so that is where they are checked.
 */
class HeapProbeTest {
  private static final long TOLERANCE = 64 * 1024;
  private static final Map<String, String> RESULTS = new HashMap<>();

  @TempDir static Path dir;

  @BeforeAll
  static void runScenarios() throws IOException, InterruptedException {
    Path output = dir.resolve("scenarios.txt");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xms256m",
                    "-Xmx256m",
                    "-XX:+UseSerialGC",
                    "-XX:-UseTLAB",
                    "-cp",
                    System.getProperty("java.class.path"),
                    HeapProbeScenarios.class.getName()))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the scenario JVM did not finish in 60 s");
    }
    List<String> lines = Files.readAllLines(output);
    assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
    for (String line : lines) {
      String[] parts = line.split(" ");
      if (parts.length == 2) {
        RESULTS.put(parts[0], parts[1]);
      }
    }
  }

  private static long result(String name) {
    assertThat(RESULTS).containsKey(name);
    return Long.parseLong(RESULTS.get(name));
  }

  @Test
  void retainedBy_aStructureOfKnownSize_measuresItsSize() {
    assertThat(result("known"))
        .isBetween(
            HeapProbeScenarios.ARRAYS_BYTES - TOLERANCE,
            HeapProbeScenarios.ARRAYS_BYTES + TOLERANCE);
  }

  @Test
  void retainedBy_garbageLeftByTheBuild_isNotCounted() {
    assertThat(result("garbage")).isBetween(-TOLERANCE, TOLERANCE);
  }

  @Test
  void retainedBy_aStructureHandedOverFromAField_isMeasuredOnceAndReleased() {
    assertThat(result("handed"))
        .isBetween(
            HeapProbeScenarios.ARRAYS_BYTES - TOLERANCE,
            HeapProbeScenarios.ARRAYS_BYTES + TOLERANCE);
    assertThat(RESULTS.get("fieldCleared")).isEqualTo("true");
  }

  @Test
  void usedAfterGc_isPositiveAndAtMostTheCommittedHeap() {
    long used = HeapProbe.usedAfterGc();
    assertThat(used).isPositive();
    assertThat(used).isLessThanOrEqualTo(Runtime.getRuntime().totalMemory());
  }
}
