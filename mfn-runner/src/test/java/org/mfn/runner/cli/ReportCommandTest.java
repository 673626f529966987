package org.mfn.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.cli.MfnCommandTest.Outcome;

class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void report_rendersEveryFormatOfAnOldRun() throws Exception {
    Outcome o =
        MfnCommandTest.run(
            "report",
            CompareCommandTest.resource("smoke-a.json").toString(),
            "--output",
            dir.toString());
    assertThat(o.code()).as(o.err()).isEqualTo(ExitCodes.OK);
    assertThat(dir.resolve("report.html")).isNotEmptyFile();
    assertThat(dir.resolve("results.csv")).isNotEmptyFile();
    assertThat(dir.resolve("metrics.prom")).isNotEmptyFile();
    assertThat(dir.resolve("targets-junit.xml")).isNotEmptyFile();
    assertThat(dir.resolve("summary.md")).isNotEmptyFile();
  }

  @Test
  void report_formatSubset_writesOnlyThose() throws Exception {
    Outcome o =
        MfnCommandTest.run(
            "report",
            CompareCommandTest.resource("smoke-a.json").toString(),
            "--output",
            dir.toString(),
            "--format",
            "csv,md");
    assertThat(o.code()).isEqualTo(ExitCodes.OK);
    assertThat(dir.resolve("results.csv")).exists();
    assertThat(dir.resolve("summary.md")).exists();
    assertThat(dir.resolve("report.html")).doesNotExist();
  }

  @Test
  void report_badFormatOrMissingFile_usageError() throws Exception {
    Outcome bad =
        MfnCommandTest.run(
            "report", CompareCommandTest.resource("smoke-a.json").toString(), "--format", "pdf");
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("unknown report format 'pdf'");
    Outcome missing = MfnCommandTest.run("report", dir.resolve("none.json").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).startsWith("mfn: no such results file");
  }
}
