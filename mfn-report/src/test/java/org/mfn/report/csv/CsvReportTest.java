package org.mfn.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mfn.core.run.SampleRunResult;

class CsvReportTest {

  @Test
  void text_cellsAStartingLikeAFormula_areNeutralized() {
    assertThat(CsvReport.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(CsvReport.text("+1+1")).isEqualTo("'+1+1");
    assertThat(CsvReport.text("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvReport.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvReport.text("\tx")).isEqualTo("'\tx");
    assertThat(CsvReport.text("org.mfn.bench.X.y")).isEqualTo("org.mfn.bench.X.y");
    assertThat(CsvReport.text("")).isEmpty();
    assertThat(CsvReport.text(null)).isNull();
  }

  @Test
  void render_numbersStayNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvReport().render(SampleRunResult.create(), out);
    String row = out.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow();
    assertThat(row).doesNotContain("'").contains(",11.5");
  }
}
