package org.mfn.core.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparatorTest {

  @Test
  void decide_lessThan_dependsOnTheWholeInterval() {
    assertThat(Comparator.LT.decide(1, 2, 3)).isEqualTo(Verdict.PASS);
    assertThat(Comparator.LT.decide(2, 4, 3)).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(Comparator.LT.decide(3, 4, 3)).isEqualTo(Verdict.FAIL);
  }

  @Test
  void decide_greaterOrEqual_dependsOnTheWholeInterval() {
    assertThat(Comparator.GE.decide(90, 95, 88.6)).isEqualTo(Verdict.PASS);
    assertThat(Comparator.GE.decide(80, 90, 88.6)).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(Comparator.GE.decide(70, 80, 88.6)).isEqualTo(Verdict.FAIL);
  }

  @Test
  void decide_boundaries_followTheComparatorsStrictness() {
    assertThat(Comparator.LE.decide(1, 3, 3)).isEqualTo(Verdict.PASS);
    assertThat(Comparator.GT.decide(3, 4, 3)).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(Comparator.GT.decide(1, 3, 3)).isEqualTo(Verdict.FAIL);
  }
}
