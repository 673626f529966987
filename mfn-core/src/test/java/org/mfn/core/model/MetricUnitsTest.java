package org.mfn.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricUnitsTest {

  @Test
  void convert_timeUnits_scaleByPowersOfThousand() {
    assertThat(MetricUnits.convert(1500, "ns/op", "us")).isCloseTo(1.5, within(1e-12));
    assertThat(MetricUnits.convert(0.1, "ms", "ns/op")).isCloseTo(100_000, within(1e-6));
    assertThat(MetricUnits.convert(2, "s/op", "ms/op")).isCloseTo(2000, within(1e-9));
  }

  @Test
  void convert_rates_invertTheTimeScale() {
    assertThat(MetricUnits.convert(3, "ops/us", "ops/s")).isCloseTo(3e6, within(1e-3));
  }

  @Test
  void convert_bytesAndBitRates_useDecimalPrefixes() {
    assertThat(MetricUnits.convert(2.5e9, "B", "GB")).isCloseTo(2.5, within(1e-12));
    assertThat(MetricUnits.convert(4e10, "bps", "Gbps")).isCloseTo(40, within(1e-12));
  }

  @Test
  void convert_acrossFamilies_throws() {
    assertThatThrownBy(() -> MetricUnits.convert(1, "ns/op", "ops/s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot convert ns/op to ops/s");
    assertThatThrownBy(() -> MetricUnits.convert(1, "flows", "packets"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot convert flows to packets");
  }

  @Test
  void family_direction_timeLowerRateHigher() {
    assertThat(MetricUnits.family("ns/op").lowerIsBetter()).isTrue();
    assertThat(MetricUnits.family("ops/s").lowerIsBetter()).isFalse();
    assertThat(MetricUnits.family("B/op").lowerIsBetter()).isTrue();
    assertThat(MetricUnits.family("%").lowerIsBetter()).isFalse();
  }
}
