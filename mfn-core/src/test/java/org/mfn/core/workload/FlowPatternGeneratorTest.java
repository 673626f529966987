package org.mfn.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FlowPatternGeneratorTest {

  @Test
  void sequences_areLabelledInTurn_finite_inRange_andReproducible() {
    FlowPatternGenerator.Sequences s = FlowPatternGenerator.generate(100, 16, 4);
    assertThat(s.count()).isEqualTo(100);
    assertThat(s.features()).hasSize(100 * 16 * FlowPatternGenerator.FEATURES);
    for (int i = 0; i < 100; i++) {
      assertThat(s.labels()[i]).isEqualTo(i % FlowPattern.values().length);
    }
    float[] f = s.features();
    for (int i = 0; i < f.length; i += FlowPatternGenerator.FEATURES) {
      assertThat(f[i]).isBetween(0.4f, 1.01f); // ln(40) / ln(1500) .. 1
      assertThat(f[i + 1]).isBetween(0f, 1.1f);
      assertThat(f[i + 2]).isIn(-1f, 1f);
      assertThat(f[i + 3]).isIn(0f, 1f);
    }
    assertThat(FlowPatternGenerator.generate(100, 16, 4).features()).containsExactly(f);
    assertThat(FlowPatternGenerator.generate(100, 16, 5).features()).isNotEqualTo(f);
  }

  @Test
  void patterns_differWhereTheyShould() {
    FlowPatternGenerator.Sequences s = FlowPatternGenerator.generate(500, 32, 6);
    double[] upstream = new double[5];
    double[] size = new double[5];
    double[] control = new double[5];
    for (int q = 0; q < s.count(); q++) {
      for (int t = 0; t < 32; t++) {
        int at = s.offset(q) + t * FlowPatternGenerator.FEATURES;
        upstream[s.labels()[q]] += s.features()[at + 2] > 0 ? 1 : 0;
        size[s.labels()[q]] += s.features()[at];
        control[s.labels()[q]] += s.features()[at + 3];
      }
    }
    int scan = FlowPattern.SCAN.ordinal();
    int bulk = FlowPattern.BULK.ordinal();
    int interactive = FlowPattern.INTERACTIVE.ordinal();
    assertThat(control[scan]).isGreaterThan(10 * control[bulk]);
    assertThat(upstream[scan]).isGreaterThan(upstream[bulk] * 3);
    assertThat(size[bulk]).isGreaterThan(size[interactive] * 1.2);
  }

  @Test
  void badArguments_areRefusedNamingTheValue() {
    assertThatThrownBy(() -> FlowPatternGenerator.generate(0, 4, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at least 1 sequence is needed: 0");
    assertThatThrownBy(() -> FlowPatternGenerator.generate(3, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a sequence needs at least 2 packets: 1");
  }
}
