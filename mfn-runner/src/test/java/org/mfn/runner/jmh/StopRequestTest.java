package org.mfn.runner.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a second Ctrl-C says and leaves behind (the halt itself is not run in a test JVM). */
class StopRequestTest {

  @Test
  void secondCtrlC_removesHalfWrittenTemporaries_andNamesWhatIsKept(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("jmh.log"), "log");
    Files.writeString(dir.resolve(".results.json.1f2e.tmp"), "{\"half\":");
    Files.writeString(dir.resolve("ifr.FlowRegistryMatchBenchmark.json"), "[]");

    String line = StopRequest.stoppedAtOnce(dir);

    assertThat(line)
        .startsWith("Stopped at once: no results or reports were written for this run; " + dir)
        .endsWith(" keeps ifr.FlowRegistryMatchBenchmark.json, jmh.log.")
        .doesNotContain("\n");
    assertThat(dir.resolve(".results.json.1f2e.tmp")).doesNotExist();
    assertThat(dir.resolve("jmh.log")).exists();
  }

  @Test
  void secondCtrlC_beforeAnyDirectory_orInAnEmptyOne_removesItAndSaysSo(@TempDir Path dir) {
    assertThat(StopRequest.stoppedAtOnce(null))
        .isEqualTo("Stopped at once: no results or reports were written for this run.");
    Path run = dir.resolve("2026-11-30T03-00-00");
    run.toFile().mkdir();
    assertThat(StopRequest.stoppedAtOnce(run))
        .endsWith("; the empty run directory " + run + " was removed.");
    assertThat(run).doesNotExist();
  }
}
