package org.mfn.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mfn.core.model.Layer;

class TargetCatalogueTest {

  static TargetCatalogue load() throws Exception {
    try (InputStream in = TargetCatalogue.class.getResourceAsStream(TargetCatalogue.RESOURCE)) {
      return new ObjectMapper().readValue(in, TargetCatalogue.class);
    }
  }

  /** Every claim of DESIGN.md: id, comparator, threshold and unit exactly as written there. */
  private static final List<Object[]> DESIGN_CLAIMS =
      List.of(
          new Object[] {"ifr.exact-match", Comparator.LT, 0.1, "ms"},
          new Object[] {"ifr.hash-lookup", Comparator.LT, 50.0, "ns"},
          new Object[] {"ifr.bloom-negative", Comparator.LT, 10.0, "ns"},
          new Object[] {"ifr.socket-round-trip", Comparator.LT, 50.0, "us"},
          new Object[] {"ifr.cache-hit-rate", Comparator.GT, 95.0, "%"},
          new Object[] {"ifr.latency-reduction", Comparator.GE, 88.6, "%"},
          new Object[] {"dsr.neural-similarity", Comparator.LT, 1.0, "ms"},
          new Object[] {"dsr.lstm-training", Comparator.LT, 100.0, "ms"},
          new Object[] {"dsr.pattern-matching", Comparator.LT, 500.0, "us"},
          new Object[] {"dsr.model-adaptation", Comparator.LT, 10.0, "ms"},
          new Object[] {"dsr.similarity-cache", Comparator.LT, 1.0, "us"},
          new Object[] {"alm.dijkstra", Comparator.LT, 1.0, "ms"},
          new Object[] {"alm.k-shortest-paths", Comparator.LT, 5.0, "ms"},
          new Object[] {"alm.server-selection", Comparator.LT, 10.0, "us"},
          new Object[] {"alm.topology-adaptation", Comparator.LT, 100.0, "ms"},
          new Object[] {"alm.routing-improvement", Comparator.GE, 777.0, "%"},
          new Object[] {"cpe.lstm-prediction", Comparator.LT, 2.0, "ms"},
          new Object[] {"cpe.pattern-learning", Comparator.LT, 50.0, "ms"},
          new Object[] {"cpe.context-match", Comparator.LT, 1.0, "ms"},
          new Object[] {"cpe.multi-horizon", Comparator.LT, 5.0, "ms"},
          new Object[] {"cpe.attention", Comparator.LT, 10.0, "ms"},
          new Object[] {"integration.end-to-end", Comparator.LT, 5.0, "ms"},
          new Object[] {"integration.throughput", Comparator.GE, 40.0, "Gbps"},
          new Object[] {"integration.concurrent-flows", Comparator.GE, 100_000.0, "flows"},
          new Object[] {"integration.overhead", Comparator.LT, 5.0, "%"},
          new Object[] {"integration.memory", Comparator.LT, 1.0, "GB"});

  @Test
  void catalogue_holdsEveryClaimOfTheDesignWithItsThreshold() throws Exception {
    Map<String, Target> byId =
        load().targets().stream()
            .filter(Target::judged)
            .collect(Collectors.toMap(Target::id, Function.identity()));

    assertThat(byId).hasSize(26);
    assertThat(load().targets().stream().filter(t -> !t.judged()).map(Target::id))
        .as("reported beside a claim, never judged")
        .containsExactly("integration.overhead-cpu");
    for (Object[] claim : DESIGN_CLAIMS) {
      Target t = byId.get((String) claim[0]);
      assertThat(t).as((String) claim[0]).isNotNull();
      assertThat(t.comparator()).as(t.id()).isEqualTo(claim[1]);
      assertThat(t.threshold()).as(t.id()).isEqualTo((double) claim[2]);
      assertThat(t.unit()).as(t.id()).isEqualTo(claim[3]);
      assertThat(t.benchmark()).startsWith("org.mfn.bench.");
      assertThat(t.workload()).as(t.id() + " states its workload").isNotBlank();
    }
  }

  @Test
  void catalogue_layersHaveTheDesignsClaimCounts() throws Exception {
    TargetCatalogue catalogue = load();
    assertThat(catalogue.forLayer(Layer.IFR)).hasSize(6);
    assertThat(catalogue.forLayer(Layer.DSR)).hasSize(5);
    assertThat(catalogue.forLayer(Layer.ALM)).hasSize(5);
    assertThat(catalogue.forLayer(Layer.CPE)).hasSize(5);
    assertThat(catalogue.forLayer(Layer.INTEGRATION).stream().filter(Target::judged)).hasSize(5);
  }

  @Test
  void catalogue_relativeClaimsNameTheirReference() throws Exception {
    Map<String, Target> byId =
        load().targets().stream().collect(Collectors.toMap(Target::id, Function.identity()));
    assertThat(byId.get("ifr.latency-reduction").kind()).isEqualTo(TargetKind.REDUCTION);
    assertThat(byId.get("ifr.latency-reduction").reference()).endsWith("hashMapBaseline");
    assertThat(byId.get("alm.routing-improvement").kind()).isEqualTo(TargetKind.IMPROVEMENT);
    assertThat(byId.get("integration.overhead").kind()).isEqualTo(TargetKind.OVERHEAD);
  }

  @Test
  void constructor_duplicateIds_throw() {
    Target t =
        new Target(
            "a", Layer.IFR, "c", "b", null, null, null, null, null, Comparator.LT, 1, "ns", "w");
    assertThatThrownBy(() -> new TargetCatalogue(List.of(t, t)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claim ids must be present and unique: a");
  }

  @Test
  void constructor_relativeClaimWithoutReference_throws() {
    Target t =
        new Target(
            "a",
            Layer.IFR,
            "c",
            "b",
            null,
            null,
            TargetKind.REDUCTION,
            null,
            null,
            Comparator.GE,
            1,
            "%",
            "w");
    assertThatThrownBy(() -> new TargetCatalogue(List.of(t)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claim a: a reference is required exactly for relative kinds");
  }
}
