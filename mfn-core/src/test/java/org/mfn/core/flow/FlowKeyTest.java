package org.mfn.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FlowKeyTest {

  @Test
  void parse_ipv4Text_fieldsAndPackedWords() {
    FlowKey key = FlowKey.parse("10.0.0.1:443 -> 10.0.0.2:51000 tcp");

    assertThat(key.version()).isEqualTo(4);
    assertThat(key.wordCount()).isEqualTo(2);
    assertThat(key.word(0)).isEqualTo(0x0A000001_0A000002L);
    assertThat(key.srcPort()).isEqualTo(443);
    assertThat(key.dstPort()).isEqualTo(51000);
    assertThat(key.protocol()).isEqualTo(Protocol.TCP);
    assertThat(key.metaWord()).isEqualTo((443L << 48) | (51000L << 32) | (6L << 24) | 4);
  }

  @Test
  void toString_ipv4Key_isTheTextItWasParsedFrom() {
    String text = "192.168.255.1:0 -> 255.255.255.255:65535 udp";
    assertThat(FlowKey.parse(text)).hasToString(text);
  }

  @Test
  void parse_ipv6Text_isCanonicalisedPerRfc5952() {
    FlowKey key =
        FlowKey.parse(
            "[2001:0DB8:0000:0000:0000:0000:0000:0001]:443 -> [2001:db8:0:0:1:0:0:1]:80 udp");

    assertThat(key.version()).isEqualTo(6);
    assertThat(key.wordCount()).isEqualTo(5);
    assertThat(key.word(0)).isEqualTo(0x20010DB800000000L);
    assertThat(key.word(1)).isEqualTo(1L);
    assertThat(key).hasToString("[2001:db8::1]:443 -> [2001:db8::1:0:0:1]:80 udp");
  }

  @Test
  void parse_ipv4MappedIpv6_staysAnIpv6Key() {
    FlowKey key = FlowKey.parse("[::ffff:10.0.0.1]:1 -> [::1]:2 tcp");

    assertThat(key.version()).isEqualTo(6);
    assertThat(key.word(1)).isEqualTo(0x0000FFFF0A000001L);
    assertThat(key).hasToString("[::ffff:a00:1]:1 -> [::1]:2 tcp");
  }

  @Test
  void toString_unknownProtocol_printsNumberAndParsesBack() {
    FlowKey key = FlowKey.ipv4(1, 2, 3, 4, 47);
    assertThat(key).hasToString("0.0.0.1:3 -> 0.0.0.2:4 proto-47");
    assertThat(FlowKey.parse(key.toString())).isEqualTo(key);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "''                                 | flow key must look like 'SRC:PORT -> DST:PORT PROTO': ''",
        "10.0.0.1:443 10.0.0.2:80 tcp       | flow key must look like 'SRC:PORT -> DST:PORT PROTO': '10.0.0.1:443 10.0.0.2:80 tcp'",
        "10.0.0.256:1 -> 10.0.0.1:2 tcp     | source address must be a dotted-quad IPv4 or a [bracketed] IPv6: '10.0.0.256'",
        "10.0.0.1:65536 -> 10.0.0.2:1 tcp   | source port must be 0..65535: '65536'",
        "10.0.0.1 -> 10.0.0.2:1 tcp         | source must be ADDRESS:PORT: '10.0.0.1'",
        "10.0.0.1:1 -> 10.0.0.2:1 bogus     | protocol must be a name (tcp, udp, icmp, icmpv6, sctp) or a number 0..255: 'bogus'",
        "10.0.0.1:1 -> [::1]:1 tcp          | source and destination must both be IPv4 or both IPv6: '10.0.0.1:1 -> [::1]:1 tcp'",
        "[2001:db8::zz]:1 -> [::1]:1 tcp    | source address is not an IPv6 literal: '[2001:db8::zz]'",
        "[example.com]:1 -> [::1]:1 tcp     | source address is not an IPv6 literal: '[example.com]'",
        "10.0.0:1 -> 10.0.0.2:1 tcp         | source address must be a dotted-quad IPv4 or a [bracketed] IPv6: '10.0.0'"
      })
  void parse_malformedText_throwsNamingThePartAtFault(String text, String message) {
    String input = text.equals("''") ? "" : text;
    assertThatThrownBy(() -> FlowKey.parse(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  static LongStream seeds() {
    return LongStream.range(1, 21);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void parse_randomIpv4AndIpv6Keys_roundTripThroughText(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 500; i++) {
      FlowKey key =
          random.nextBoolean()
              ? FlowKey.ipv4(
                  random.nextInt(),
                  random.nextInt(),
                  random.nextInt(65536),
                  random.nextInt(65536),
                  random.nextInt(256))
              : FlowKey.ipv6(
                  sparse(random),
                  sparse(random),
                  sparse(random),
                  sparse(random),
                  random.nextInt(65536),
                  random.nextInt(65536),
                  random.nextInt(256));

      FlowKey parsed = FlowKey.parse(key.toString());

      assertThat(parsed).isEqualTo(key);
      assertThat(parsed.hash64()).isEqualTo(key.hash64());
      assertThat(parsed.toString()).isEqualTo(key.toString());
    }
  }

  /** Words with zero groups, so that the '::' compression is exercised. */
  private static long sparse(SplittableRandom random) {
    long value = 0;
    for (int group = 0; group < 4; group++) {
      value = (value << 16) | (random.nextInt(3) == 0 ? 0 : random.nextInt(65536));
    }
    return value;
  }

  @Test
  void equals_ipv4AndIpv6WithSameLowWords_areDifferent() {
    FlowKey v4 = FlowKey.ipv4(1, 2, 3, 4, 6);
    long[] words = new long[5];
    FlowKeyLayout.DUAL_STACK.write(v4, words, 0);

    assertThat(FlowKeyLayout.DUAL_STACK.read(words, 0)).isEqualTo(v4);
    assertThat(FlowKey.ipv6(0, 0x0000000100000002L, 0, 0, 3, 4, 6)).isNotEqualTo(v4);
  }

  @Test
  void fromWords_inconsistentVersion_throws() {
    long[] words = {1L, FlowKey.meta(1, 2, 6, 6)};
    assertThatThrownBy(() -> FlowKey.fromWords(words, 0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "packed flow key must be 2 words with version 4 or 5 words with version 6: count=2");
  }

  @Test
  void meta_portOutOfRange_throwsNamingTheField() {
    assertThatThrownBy(() -> FlowKey.ipv4(1, 2, 70000, 4, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source port");
  }

  @Test
  void write_ipv6KeyIntoIpv4Layout_throws() {
    FlowKey v6 = FlowKey.parse("[::1]:1 -> [::2]:2 tcp");
    assertThatThrownBy(() -> FlowKeyLayout.IPV4.write(v6, new long[2], 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an IPv4 layout cannot hold the IPv6 key [::1]:1 -> [::2]:2 tcp");
  }
}
