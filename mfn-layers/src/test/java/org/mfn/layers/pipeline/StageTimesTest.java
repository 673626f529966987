package org.mfn.layers.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StageTimesTest {

  @Test
  void decisionPercentiles_ofOneToTenThousandNanos_areWithinTheHistogramsPrecision() {
    // Three significant digits: a recorded value is reported within 0.1% of itself.
    StageTimes t = new StageTimes();
    for (int v = 1; v <= 10_000; v++) {
      t.recordDecision(v);
    }
    assertThat(t.decisionCount()).isEqualTo(10_000);
    assertThat(t.decisionPercentileNanos(50)).isBetween(4_995L, 5_010L);
    assertThat(t.decisionPercentileNanos(99)).isBetween(9_890L, 9_915L);
    assertThat(t.decisionPercentileNanos(100)).isBetween(9_990L, 10_010L);
  }

  @Test
  void reset_emptiesEverything_andOutOfRangeValuesAreClamped() {
    StageTimes t = new StageTimes();
    t.add(StageTimes.Stage.ROUTE, 40);
    t.countCall();
    t.recordDecision(-3);
    t.recordDecision(StageTimes.MAX_RECORDED_NANOS * 5);
    assertThat(t.decisionPercentileNanos(0)).isZero();
    assertThat(t.decisionPercentileNanos(100))
        .isGreaterThanOrEqualTo((long) (StageTimes.MAX_RECORDED_NANOS * 0.999));
    assertThat(t.meanNanos(StageTimes.Stage.ROUTE)).isEqualTo(40.0);
    t.reset();
    assertThat(t.calls()).isZero();
    assertThat(t.decisionCount()).isZero();
    assertThat(t.decisionPercentileNanos(99)).isZero();
    assertThat(t.nanos(StageTimes.Stage.ROUTE)).isZero();
  }

  @Test
  void decisionPercentile_outsideZeroToHundred_isRejectedNamingIt() {
    assertThatThrownBy(() -> new StageTimes().decisionPercentileNanos(101))
        .hasMessageContaining("101");
  }
}
