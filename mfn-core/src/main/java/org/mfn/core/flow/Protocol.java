package org.mfn.core.flow;

import java.util.Locale;

/**
 * IP protocol numbers with a text name, as written in flow keys ({@code tcp}, {@code udp}, ...).
 *
 * <p>Any protocol number 0..255 is valid in a flow key; the names here are only the ones that
 * {@link FlowKey#toString()} prints by name. Others are printed as {@code proto-N}.
 */
public final class Protocol {
  /** Internet Control Message Protocol (1). */
  public static final int ICMP = 1;

  /** Transmission Control Protocol (6). */
  public static final int TCP = 6;

  /** User Datagram Protocol (17). */
  public static final int UDP = 17;

  /** ICMP for IPv6 (58). */
  public static final int ICMPV6 = 58;

  /** Stream Control Transmission Protocol (132). */
  public static final int SCTP = 132;

  private static final String NUMERIC_PREFIX = "proto-";

  private Protocol() {}

  /**
   * Returns the text name of a protocol number.
   *
   * @param number protocol number, 0..255
   * @return {@code tcp}, {@code udp}, ... for known numbers, otherwise {@code proto-N}
   */
  public static String name(int number) {
    switch (number) {
      case ICMP:
        return "icmp";
      case TCP:
        return "tcp";
      case UDP:
        return "udp";
      case ICMPV6:
        return "icmpv6";
      case SCTP:
        return "sctp";
      default:
        return NUMERIC_PREFIX + number;
    }
  }

  /**
   * Parses a protocol name or number.
   *
   * @param text {@code tcp}, {@code udp}, {@code icmp}, {@code icmpv6}, {@code sctp} (any case),
   *     {@code proto-N} or a plain number 0..255
   * @return the protocol number
   * @throws IllegalArgumentException if the text names no protocol
   */
  public static int parse(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "icmp":
        return ICMP;
      case "tcp":
        return TCP;
      case "udp":
        return UDP;
      case "icmpv6":
        return ICMPV6;
      case "sctp":
        return SCTP;
      default:
        return parseNumber(lower.startsWith(NUMERIC_PREFIX) ? lower.substring(6) : lower, text);
    }
  }

  private static int parseNumber(String digits, String original) {
    try {
      int number = Integer.parseInt(digits);
      if (number >= 0 && number <= 255) {
        return number;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException(
        "protocol must be a name (tcp, udp, icmp, icmpv6, sctp) or a number 0..255: '"
            + original
            + "'");
  }
}
