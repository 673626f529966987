package org.mfn.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.target.TargetCatalogueReader;

class ResultsJsonTest {

  @Test
  void writeThenRead_roundTripsEveryField(@TempDir Path dir) throws IOException {
    RunResult original = SampleRunResult.create();
    Path file = dir.resolve("results.json");

    ResultsJson.write(original, file);

    assertThat(ResultsJson.read(file)).isEqualTo(original);
    assertThat(Files.readString(file)).contains("\"schemaVersion\" : 1");
  }

  @Test
  void read_otherSchemaVersion_saysWhichVersions(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(dir.resolve("r.json"), "{\"schemaVersion\": 99, \"benchmarks\": []}");
    assertThatThrownBy(() -> ResultsJson.read(file))
        .isInstanceOf(ResultsFileException.class)
        .hasMessageContaining("schema version 99")
        .hasMessageContaining("reads version 1");
  }

  @Test
  void read_malformedJson_namesFileAndLine(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(dir.resolve("r.json"), "{\n\"schemaVersion\": 1,\n\"benchmarks\": [\n");
    assertThatThrownBy(() -> ResultsJson.read(file))
        .isInstanceOf(ResultsFileException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line");
  }

  @Test
  void read_missingFile_saysSo(@TempDir Path dir) {
    assertThatThrownBy(() -> ResultsJson.read(dir.resolve("none.json")))
        .hasMessageStartingWith("no such results file");
  }

  @Test
  void loadDefault_catalogueHasEveryClaim() {
    assertThat(TargetCatalogueReader.loadDefault().targets()).hasSize(27);
    assertThat(TargetCatalogueReader.loadDefault().targets().stream().filter(t -> t.judged()))
        .hasSize(26);
  }
}
