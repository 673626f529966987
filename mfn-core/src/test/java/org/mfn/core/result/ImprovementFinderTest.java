package org.mfn.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.stats.SampleSummarizer;

class ImprovementFinderTest {
  private static final SampleSummarizer SUMMARY = new SampleSummarizer(0.95, 200);
  private final ImprovementFinder finder = new ImprovementFinder(0.95, 500);

  /** Two forks of three iterations each, all within 1% of {@code level}. */
  private static MetricResult metric(String unit, double level) {
    double[][] samples = {
      {level * 0.99, level, level * 1.01}, {level * 1.005, level * 0.995, level}
    };
    List<List<Double>> lists = new ArrayList<>();
    for (double[] fork : samples) {
      lists.add(Arrays.stream(fork).boxed().toList());
    }
    return new MetricResult(unit, lists, SUMMARY.summarize(samples, 1), null);
  }

  private static BenchmarkResult result(
      String method,
      String subject,
      Role role,
      String flowCount,
      MetricResult primary,
      Map<String, MetricResult> secondary) {
    return new BenchmarkResult(
        "org.mfn.bench.X." + method,
        Map.of("flowCount", flowCount),
        Layer.IFR,
        subject,
        role,
        method,
        "avgt",
        1,
        2,
        primary,
        secondary);
  }

  @Test
  void pairsBySubjectRoleAndParameters_directionFromTheUnit() {
    List<BenchmarkResult> results =
        List.of(
            result("ours", "lookup", Role.MFN, "10", metric("ns/op", 50), Map.of()),
            result("map", "lookup", Role.BASELINE, "10", metric("ns/op", 100), Map.of()),
            result("lib", "lookup", Role.PEER, "10", metric("ns/op", 25), Map.of()),
            result("mapBig", "lookup", Role.BASELINE, "99", metric("ns/op", 100), Map.of()),
            result("other", "elsewhere", Role.BASELINE, "10", metric("ns/op", 100), Map.of()),
            result("rate", "throughput", Role.MFN, "10", metric("ops/us", 30), Map.of()),
            result("rateBase", "throughput", Role.BASELINE, "10", metric("ops/us", 10), Map.of()));
    List<Improvement> found = finder.find(results);
    assertThat(found)
        .extracting(i -> i.mfn().replaceAll("\\{.*", "") + ">" + i.other().replaceAll("\\{.*", ""))
        .containsExactly(
            "org.mfn.bench.X.ours>org.mfn.bench.X.map",
            "org.mfn.bench.X.ours>org.mfn.bench.X.lib",
            "org.mfn.bench.X.rate>org.mfn.bench.X.rateBase");
    assertThat(found.get(0).speedup()).isCloseTo(2.0, within(0.02));
    assertThat(found.get(0).reductionPercent()).isCloseTo(50.0, within(0.5));
    assertThat(found.get(1).speedup()).isCloseTo(0.5, within(0.01));
    assertThat(found.get(2).speedup()).isCloseTo(3.0, within(0.03));
    assertThat(found).allMatch(i -> i.metric() == null);
  }

  @Test
  void alsoCompare_addsTheListedSecondaryMetric_whenBothReportItInOneUnit() {
    BenchmarkResult ours =
        result(
            "registry",
            "memory",
            Role.MFN,
            "10",
            metric("ms/op", 40),
            Map.of("perFlowBytes", metric("B", 61)));
    BenchmarkResult map =
        result(
            "hashMap",
            "memory",
            Role.BASELINE,
            "10",
            metric("ms/op", 90),
            Map.of("perFlowBytes", metric("B", 146)));
    BenchmarkResult otherUnit =
        result(
            "kilo",
            "memory",
            Role.PEER,
            "10",
            metric("ms/op", 90),
            Map.of("perFlowBytes", metric("KB", 0.146)));
    List<Improvement> found =
        finder.find(
            List.of(ours, map, otherUnit),
            name -> name.endsWith(".registry") ? List.of("perFlowBytes", "absent") : List.of());
    assertThat(found)
        .extracting(i -> i.other().replaceAll("\\{.*", "") + ":" + i.metric())
        .containsExactly(
            "org.mfn.bench.X.hashMap:null",
            "org.mfn.bench.X.hashMap:perFlowBytes",
            "org.mfn.bench.X.kilo:null");
    Improvement bytes = found.get(1);
    assertThat(bytes.speedup()).isCloseTo(146.0 / 61, within(0.02));
    assertThat(bytes.reductionPercent()).isCloseTo(100 * (1 - 61.0 / 146), within(0.5));
    assertThat(found.get(0).speedup()).isCloseTo(90.0 / 40, within(0.02));
  }
}
