package org.mfn.report.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.report.ReportFixtures;
import org.mfn.report.output.ReportFormat;

/** Fault scenarios in results.json, summary.md and report.html. */
class FaultSectionsTest {
  @TempDir Path dir;

  @Test
  void faults_roundTripThroughResultsJson_withAbsentValuesAsNull() throws Exception {
    RunResult run = ReportFixtures.withFaults(ReportFixtures.sample());
    Path file = dir.resolve("results.json");
    ResultsJson.write(run, file);
    String text = java.nio.file.Files.readString(file);
    assertThat(text).contains("\"faults\"").doesNotContain("NaN");
    RunResult read = ResultsJson.read(file);
    assertThat(read.faults()).isEqualTo(run.faults());
    assertThat(read.faults().get(1).recoverySeconds()).isNull();
    assertThat(read.faults().get(1).timeline().get(15).p99Micros()).isNull();
    // A run without faults writes no faults field.
    ResultsJson.write(ReportFixtures.sample(), file);
    assertThat(java.nio.file.Files.readString(file)).doesNotContain("\"faults\"");
  }

  @Test
  void markdown_hasATableOfTheFaults() throws Exception {
    String md =
        ReportFixtures.render(
            ReportFormat.MARKDOWN, ReportFixtures.withFaults(ReportFixtures.sample()));
    assertThat(md)
        .contains("## Under faults")
        .contains(
            "| `link-failure` | `791 of 8000 links down` | 1.0-2.0 s | 20.0 µs | 900.0 µs |"
                + " 20.0 µs | 50000/s / 49000/s | 0.20 s | 0 | 0 |")
        .contains("| 0.20 s | 0 | 0 |")
        .contains("at 1.0 s")
        .contains("not recovered | 12 | 0 |");
  }

  @Test
  void html_hasTheTableAndATimelinePerScenario_escaped() throws Exception {
    String html =
        ReportFixtures.render(
            ReportFormat.HTML, ReportFixtures.withFaults(ReportFixtures.sample()));
    assertThat(html)
        .contains("<section id=\"faults\"><h2>Under faults</h2>")
        .contains("id=\"fault-0\"")
        .contains("id=\"fault-1\"")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)</script>")
        .contains("\"faults\":[{\"id\":\"fault-0\",\"from\":1.0,\"to\":2.0");
  }
}
