package org.mfn.report.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.core.model.Role;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.Improvement;
import org.mfn.report.ReportFixtures;

class AsciiBarsTest {

  @Test
  void render_groupsBySubject_scalesToTheLargestMean_plainAscii() {
    String chart =
        AsciiBars.render(
            ReportFixtures.sample().benchmarks(), ReportFixtures.sample().improvements());
    assertThat(chart)
        .contains(
            "Immediate Flow Registry",
            "ifr.exact-match {flowCount=100000}",
            "registry (MFN)",
            "hashMapBaseline (BASELINE)");
    assertThat(chart.chars().allMatch(c -> c < 128 || Character.isLetterOrDigit(c)))
        .as("ASCII only")
        .isTrue();
    assertThat(chart).doesNotContain("\u001b[");
    // The largest mean of a group gets the full 40-character bar.
    assertThat(chart).contains("#".repeat(40) + " ");
  }

  @Test
  void render_memoryGroup_plotsBytesPerFlowNotTheBuildTime() {
    // FlowMemoryBenchmark's score is the time to build the store; its comparison is about
    // perFlowBytes (@Measures(alsoCompare)), where ours is the smaller bar.
    List<BenchmarkResult> results = ReportFixtures.sample().benchmarks();
    Improvement memory =
        new Improvement(
            "ifr.memory",
            Map.of("flowCount", "100000"),
            "org.mfn.bench.ifr.FlowMemoryBenchmark.registry{flowCount=100000}",
            "org.mfn.bench.ifr.FlowMemoryBenchmark.hashMapBaseline{flowCount=100000}",
            Role.BASELINE,
            "perFlowBytes",
            2.4,
            null,
            58.3,
            null);
    String chart = AsciiBars.render(results, List.of(memory));

    String heading = "ifr.memory {flowCount=100000} (perFlowBytes)";
    assertThat(chart).contains(heading);
    List<String> group = chart.substring(chart.indexOf(heading)).lines().skip(1).limit(2).toList();
    String ours =
        group.stream().filter(l -> l.contains("registry (MFN)")).findFirst().orElseThrow();
    String theirs =
        group.stream()
            .filter(l -> l.contains("hashMapBaseline (BASELINE)"))
            .findFirst()
            .orElseThrow();
    assertThat(ours).endsWith(" B");
    assertThat(theirs).endsWith(" B");
    assertThat(bars(ours)).isLessThan(bars(theirs));
    // Without the improvement naming the metric, the same group plots the primary score.
    assertThat(AsciiBars.render(results, List.of())).doesNotContain(heading);
  }

  private static long bars(String line) {
    return line.chars().filter(c -> c == '#').count();
  }
}
