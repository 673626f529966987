package org.mfn.runner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.result.RunLength;
import org.mfn.core.target.Target;
import org.mfn.core.target.TargetCatalogueReader;

class BenchmarkCatalogTest {
  private final BenchmarkCatalog catalog = BenchmarkCatalog.load();

  @Test
  void load_findsTheIfrBenchmarksWithTheirLabels() {
    BenchmarkInfo hit =
        catalog.find("org.mfn.bench.ifr.FlowTableLookupBenchmark.robinHoodHit").orElseThrow();
    assertThat(hit.layer()).isEqualTo(Layer.IFR);
    assertThat(hit.role()).isEqualTo(Role.MFN);
    assertThat(hit.subject()).isEqualTo("ifr.lookup.hit");
    assertThat(hit.params()).containsEntry("flowCount", List.of("10000", "100000", "1000000"));
    assertThat(hit.alsoCompare()).isEmpty();
    assertThat(
            catalog
                .find("org.mfn.bench.ifr.FlowMemoryBenchmark.registry")
                .orElseThrow()
                .alsoCompare())
        .containsExactly("perFlowBytes");
  }

  /**
   * Subjects measured on ours alone: the hit rate is a property of the trace and the policy; a
   * training step and an online update have no traditional counterpart in their claims (their
   * computation, the LSTM pass, is set against naive loops in KernelThroughputBenchmark), nor has
   * the forecaster's pattern learning; the attention block's reference implementation is a test
   * oracle, not a system to run.
   */
  private static final List<String> ALONE =
      List.of(
          "ifr.cache-hit-rate",
          "dsr.lstm-training",
          "dsr.model-adaptation",
          "cpe.attention",
          "cpe.pattern-learning");

  /** Claims of a layer built in part whose benchmarks are still to come (none now). */
  private static final List<String> PENDING = List.of();

  @Test
  void everyMfnBenchmark_hasABaselineOrPeerOfTheSameSubjectInItsClass() {
    assertThat(catalog.all()).extracting(BenchmarkInfo::subject).containsAll(ALONE);
    Map<String, List<BenchmarkInfo>> byClass =
        catalog.all().stream()
            .collect(Collectors.groupingBy(b -> b.name().substring(0, b.name().lastIndexOf('.'))));
    for (BenchmarkInfo b : catalog.all()) {
      if (b.role() != Role.MFN || ALONE.contains(b.subject())) {
        continue;
      }
      String type = b.name().substring(0, b.name().lastIndexOf('.'));
      assertThat(byClass.get(type))
          .as("peer or baseline of " + b.name())
          .anyMatch(o -> o.role() != Role.MFN && o.subject().equals(b.subject()));
    }
  }

  @Test
  void everyClaimOfABuiltLayer_namesABenchmarkInTheJarWithItsParameters() {
    List<Layer> built = catalog.all().stream().map(BenchmarkInfo::layer).distinct().toList();
    for (Target t : TargetCatalogueReader.loadDefault().targets()) {
      if (PENDING.contains(t.id())) {
        assertThat(catalog.find(t.benchmark()))
            .as(t.id() + " is built now: take it off the pending list")
            .isEmpty();
        continue;
      }
      if (!built.contains(t.layer()) && !catalog.find(t.benchmark()).isPresent()) {
        continue; // a layer still to be built
      }
      BenchmarkInfo b =
          catalog
              .find(t.benchmark())
              .orElseThrow(() -> new AssertionError(t.id() + ": " + t.benchmark()));
      t.params()
          .forEach((k, v) -> assertThat(b.params().get(k)).as(t.id() + " param " + k).contains(v));
      if (t.reference() != null) {
        assertThat(catalog.find(t.reference())).as(t.id() + " reference").isPresent();
      }
    }
  }

  @Test
  void select_baselinesOnlyWithTheFlag() {
    RunPlan without = plan(false, List.of());
    RunPlan with = plan(true, List.of());
    assertThat(BenchmarkSelector.select(catalog, without))
        .noneMatch(b -> b.role() == Role.BASELINE);
    assertThat(BenchmarkSelector.select(catalog, with)).anyMatch(b -> b.role() == Role.BASELINE);
  }

  @Test
  void select_includePatternNarrowsTheLayerSelection() {
    List<BenchmarkInfo> selected =
        BenchmarkSelector.select(catalog, plan(true, List.of("FlowRegistryMatch")));
    assertThat(selected)
        .extracting(BenchmarkInfo::name)
        .allMatch(n -> n.contains("FlowRegistryMatchBenchmark"))
        .isNotEmpty();
  }

  @Test
  void ownRunLength_comesFromTheClassAnnotations() {
    BenchmarkInfo lookup =
        catalog.find("org.mfn.bench.ifr.FlowTableLookupBenchmark.robinHoodHit").orElseThrow();
    assertThat(lookup.own()).isEqualTo(new RunLength(2, 3, 0.5, 5, 0.5));
    assertThat(lookup.singleShot()).isFalse();
    BenchmarkInfo hitRate =
        catalog.find("org.mfn.bench.ifr.FlowCacheHitRateBenchmark.registry").orElseThrow();
    assertThat(hitRate.singleShot()).isTrue();
    assertThat(hitRate.own().forks()).isEqualTo(1);
    assertThat(hitRate.own().warmupIterations()).isEqualTo(1);
    assertThat(hitRate.own().measurementIterations()).isEqualTo(5);
  }

  @Test
  void layersNotBuilt_isEmptyNowThatEveryLayerHasBenchmarks() {
    assertThat(BenchmarkSelector.layersNotBuilt(catalog, java.util.Arrays.asList(Layer.values())))
        .isEmpty();
  }

  @Test
  void select_networkBenchmarksRunOnlyWithNetworkSimulationOrAnIncludeThatNamesThem() {
    RunPlan shape = plan(true, List.of());
    List<Layer> all = List.of(Layer.values());
    RunPlan plain = withSelection(shape, new Selection(all, List.of(), true, List.of(), false));
    RunPlan network = withSelection(shape, new Selection(all, List.of(), true, List.of(), true));
    RunPlan named =
        withSelection(
            shape, new Selection(all, List.of("LoopbackRoundTrip"), false, List.of(), false));
    assertThat(BenchmarkSelector.select(catalog, plain))
        .isNotEmpty()
        .noneMatch(b -> b.name().startsWith(Selection.NETWORK_PACKAGE));
    assertThat(BenchmarkSelector.select(catalog, network))
        .extracting(BenchmarkInfo::name)
        .contains(
            "org.mfn.bench.network.LoopbackThroughputBenchmark.tcp",
            "org.mfn.bench.network.LoopbackRoundTripBenchmark.unixDomain");
    assertThat(BenchmarkSelector.select(catalog, named))
        .extracting(BenchmarkInfo::name)
        .containsExactlyInAnyOrder(
            "org.mfn.bench.network.LoopbackRoundTripBenchmark.tcp",
            "org.mfn.bench.network.LoopbackRoundTripBenchmark.unixDomain");
  }

  private static RunPlan withSelection(RunPlan plan, Selection selection) {
    return new RunPlan(selection, plan.jmh(), plan.analysis(), plan.output());
  }

  @Test
  void baselineSystems_groupTheBaselineBenchmarksByWhatTheyRun() {
    List<String> database =
        catalog.all().stream()
            .filter(BaselineSystem.DATABASE::includes)
            .map(BenchmarkInfo::name)
            .toList();
    assertThat(database)
        .containsExactly("org.mfn.bench.ifr.FlowRegistryMatchBenchmark.sqliteBaseline");
    assertThat(
            catalog.all().stream()
                .filter(BaselineSystem.NETWORK::includes)
                .map(BenchmarkInfo::name))
        .contains(
            "org.mfn.bench.alm.RoutingDecisionBenchmark.httpBaseline",
            "org.mfn.bench.integration.PipelineBenchmark.baselineEndToEnd");
    assertThat(catalog.all().stream().filter(BaselineSystem.ML::includes))
        .isNotEmpty()
        .allMatch(
            b -> b.role() == Role.BASELINE && (b.layer() == Layer.DSR || b.layer() == Layer.CPE));
  }

  private static RunPlan plan(boolean baseline, List<String> includes) {
    return new RunPlan(
        new Selection(List.of(Layer.IFR), includes, baseline, List.of()),
        new JmhSettings(
            new RunLengthOverride(Profile.SMOKE, null, null, null, null),
            true,
            null,
            ForkJvm.OWN,
            null),
        new Analysis(0.95, 1000),
        new Output(Path.of("x"), false, false));
  }
}
