package org.mfn.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\"\"     | packet size must be a positive integer: ''",
        "0:1    | packet size must be a positive integer: '0:1'",
        "64:0   | packet weight must be a positive integer: '64:0'",
        "70000  | packet size must be 1..65535: '70000'",
        "64:1:2 | packet size entry must be SIZE[:WEIGHT]: '64:1:2'",
        "abc    | packet size must be a positive integer: 'abc'"
      })
  void parse_malformed_throwsNamingTheEntry(String text, String message) {
    assertThatThrownBy(() -> PacketSizeMix.parse(text == null ? "" : text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
