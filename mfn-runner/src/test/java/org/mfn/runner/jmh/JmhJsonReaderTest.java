package org.mfn.runner.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.stats.SampleSummarizer;
import org.mfn.runner.plan.BenchmarkCatalog;

class JmhJsonReaderTest {

  static Path fixture() throws URISyntaxException {
    return Path.of(JmhJsonReaderTest.class.getResource("/jmh/legacy-jmh.json").toURI());
  }

  @Test
  void read_olderJmhFile_stringNumbersPrefixesAndParams() throws Exception {
    List<JmhRecord> records = JmhJsonReader.read(fixture());

    JmhRecord first = records.get(0);
    assertThat(first.params())
        .containsEntry("capacityPercent", "50")
        .containsEntry("flowCount", "100000");
    assertThat(first.primary().rawData().get(0).get(2)).isNaN();
    assertThat(first.secondary()).containsKeys("gc.alloc.rate.norm", "hits", "misses");
    assertThat(first.primary().unit()).isEqualTo("ns/op");
  }

  @Test
  void read_sampleMode_iterationMeansFromHistograms() throws Exception {
    JmhRecord sampled = JmhJsonReader.read(fixture()).get(1);
    assertThat(sampled.primary().rawData()).containsExactly(List.of(2.0, 2.0));
    assertThat(sampled.primary().percentiles()).containsEntry(99.9, 3.0);
  }

  @Test
  void assemble_dropsNonFiniteSamples_derivesHitRate_labelsByCatalog() throws Exception {
    ResultAssembler assembler =
        new ResultAssembler(BenchmarkCatalog.load(), new SampleSummarizer(0.95, 500));

    List<BenchmarkResult> results = assembler.assemble(JmhJsonReader.read(fixture()));

    BenchmarkResult hitRate = results.get(0);
    assertThat(hitRate.role()).isEqualTo(Role.MFN);
    assertThat(hitRate.subject()).isEqualTo("ifr.cache-hit-rate");
    assertThat(hitRate.primary().samples())
        .containsExactly(List.of(19.0, 20.0), List.of(21.0, 22.0, 21.0));
    assertThat(hitRate.primary().statistics().n()).isEqualTo(5);
    assertThat(hitRate.secondary().get(ResultAssembler.HIT_RATE).samples())
        .containsExactly(List.of(90.0, 95.0, 80.0), List.of(99.0, 90.0, 85.0));
    assertThat(hitRate.secondary().get(ResultAssembler.HIT_RATE).statistics().mean())
        .isCloseTo(89.8333, within(1e-3));

    BenchmarkResult foreign = results.get(1);
    assertThat(foreign.layer()).isNull();
    assertThat(foreign.primary().statistics().percentiles())
        .containsEntry("p99.9", 3.0)
        .containsEntry("p50", 2.0);
    assertThat(hitRate.layer()).isEqualTo(Layer.IFR);
  }

  @Test
  void read_notJmhJson_namesTheFileAndLine(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "[\n{\"benchmark\": \n");
    assertThatThrownBy(() -> JmhJsonReader.read(broken))
        .isInstanceOf(JmhFormatException.class)
        .hasMessageContaining(broken.toString())
        .hasMessageContaining("line");
    Path object = Files.writeString(dir.resolve("object.json"), "{}");
    assertThatThrownBy(() -> JmhJsonReader.read(object))
        .hasMessageContaining("not a JMH result file");
  }
}
