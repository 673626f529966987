package org.mfn.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpeedupTest {

  @Test
  void estimate_timeUnits_otherOverOurs() {
    double[][] ours = {{10, 10, 10}, {10, 10, 10}};
    double[][] other = {{40, 40, 40}, {40, 40, 40}};

    Speedup s = Speedup.estimate(ours, other, true, 0.95, 500, 1);

    assertThat(s.value()).isCloseTo(4.0, within(1e-12));
    assertThat(s.reductionPercent()).isCloseTo(75.0, within(1e-9));
    assertThat(s.interval().lower()).isCloseTo(4.0, within(1e-9));
  }

  @Test
  void estimate_throughputUnits_oursOverOther_notInverted() {
    double[][] ours = {{200, 210, 190}};
    double[][] other = {{100, 105, 95}};

    Speedup s = Speedup.estimate(ours, other, false, 0.95, 500, 1);

    assertThat(s.value()).isCloseTo(2.0, within(1e-9));
    assertThat(s.interval().contains(2.0)).isTrue();
  }
}
