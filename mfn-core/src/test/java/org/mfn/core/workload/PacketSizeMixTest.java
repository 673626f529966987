package org.mfn.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PacketSizeMixTest {

  @Test
  void imix_meanSize_isTheWeightedMean() {
    assertThat(PacketSizeMix.imix().meanSize()).isEqualTo((7 * 64 + 4 * 594 + 1518) / 12.0);
  }

  @Test
  void parse_toString_roundTrips() {
    PacketSizeMix mix = PacketSizeMix.parse("64:7, 594:4,1518:1");
    assertThat(mix).hasToString("64:7,594:4,1518:1");
    assertThat(PacketSizeMix.parse(mix.toString())).isEqualTo(mix);
    assertThat(PacketSizeMix.parse("1500")).hasToString("1500:1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0:1", "64:0", "70000", "64:1:2", "abc"})
  void parse_malformed_throws(String text) {
    assertThatThrownBy(() -> PacketSizeMix.parse(text))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
