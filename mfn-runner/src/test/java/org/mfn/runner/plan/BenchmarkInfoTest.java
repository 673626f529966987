package org.mfn.runner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.result.RunLength;

class BenchmarkInfoTest {
  private static BenchmarkInfo withParams(Map<String, List<String>> params) {
    return new BenchmarkInfo(
        "a.B.m",
        Layer.IFR,
        "s",
        Role.MFN,
        "x",
        params,
        List.of(),
        new RunLength(1, 1, 1, 1, 1),
        false,
        List.of());
  }

  @Test
  void parameterCombinations_productInNameOrder_countMatchesParameterSets() {
    BenchmarkInfo b =
        withParams(
            Map.of("flowCount", List.of("10", "20"), "capacityPercent", List.of("5", "50", "100")));
    List<Map<String, String>> sets = b.parameterCombinations(Map.of());
    assertThat(sets).hasSize(b.parameterSets(Map.of())).hasSize(6).doesNotHaveDuplicates();
    assertThat(sets.get(0))
        .containsExactly(Map.entry("capacityPercent", "5"), Map.entry("flowCount", "10"));
    assertThat(sets.get(1)).containsEntry("capacityPercent", "5").containsEntry("flowCount", "20");
    assertThat(sets.get(5))
        .containsEntry("capacityPercent", "100")
        .containsEntry("flowCount", "20");
  }

  @Test
  void parameterCombinations_overridesReplaceValues_noParamsGiveOneEmptySet() {
    BenchmarkInfo b = withParams(Map.of("flowCount", List.of("10", "20", "30")));
    Map<String, List<String>> overrides = Map.of("flowCount", List.of("7"), "other", List.of("1"));
    assertThat(b.parameterCombinations(overrides)).containsExactly(Map.of("flowCount", "7"));
    assertThat(b.parameterSets(overrides)).isEqualTo(1);
    assertThat(withParams(Map.of()).parameterCombinations(Map.of())).containsExactly(Map.of());
  }
}
