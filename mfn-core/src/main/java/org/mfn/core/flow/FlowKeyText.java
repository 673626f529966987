package org.mfn.core.flow;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing and printing of the flow-key text form {@code SRC:PORT -> DST:PORT PROTO}.
 *
 * <p>IPv4 addresses are strict dotted quads. IPv6 addresses are written in brackets and parsed by
 * the JDK's literal parser (which never performs a name lookup for a bracketed literal); they are
 * printed in the RFC 5952 canonical form: lower-case hex, no leading zeros, the longest run of two
 * or more zero groups (the first, on a tie) written as {@code ::}.
 */
final class FlowKeyText {
  private static final Pattern KEY = Pattern.compile("^\\s*(\\S+)\\s*->\\s*(\\S+)\\s+(\\S+)\\s*$");
  private static final Pattern IPV4 =
      Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$");

  private FlowKeyText() {}

  static FlowKey parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("flow key text must not be null");
    }
    Matcher m = KEY.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "flow key must look like 'SRC:PORT -> DST:PORT PROTO': '" + text + "'");
    }
    Endpoint src = Endpoint.parse(m.group(1), "source");
    Endpoint dst = Endpoint.parse(m.group(2), "destination");
    int protocol = Protocol.parse(m.group(3));
    if (src.v6 != dst.v6) {
      throw new IllegalArgumentException(
          "source and destination must both be IPv4 or both IPv6: '" + text + "'");
    }
    if (src.v6) {
      return FlowKey.ipv6(src.high, src.low, dst.high, dst.low, src.port, dst.port, protocol);
    }
    return FlowKey.ipv4((int) src.low, (int) dst.low, src.port, dst.port, protocol);
  }

  static String format(FlowKey key) {
    StringBuilder sb = new StringBuilder(64);
    if (key.version() == 4) {
      long w0 = key.word(0);
      appendIpv4(sb, (int) (w0 >>> 32)).append(':').append(key.srcPort()).append(" -> ");
      appendIpv4(sb, (int) w0).append(':').append(key.dstPort());
    } else {
      sb.append('[');
      appendIpv6(sb, key.word(0), key.word(1)).append("]:").append(key.srcPort()).append(" -> [");
      appendIpv6(sb, key.word(2), key.word(3)).append("]:").append(key.dstPort());
    }
    return sb.append(' ').append(Protocol.name(key.protocol())).toString();
  }

  private static StringBuilder appendIpv4(StringBuilder sb, int address) {
    return sb.append(address >>> 24)
        .append('.')
        .append((address >>> 16) & 0xFF)
        .append('.')
        .append((address >>> 8) & 0xFF)
        .append('.')
        .append(address & 0xFF);
  }

  private static StringBuilder appendIpv6(StringBuilder sb, long high, long low) {
    int[] groups = new int[8];
    for (int i = 0; i < 4; i++) {
      groups[i] = (int) ((high >>> (48 - 16 * i)) & 0xFFFF);
      groups[i + 4] = (int) ((low >>> (48 - 16 * i)) & 0xFFFF);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = Math.max(j, i + 1);
    }
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLength - 1;
        continue;
      }
      if (i > 0 && i != bestStart + bestLength) {
        sb.append(':');
      }
      sb.append(Integer.toHexString(groups[i]));
    }
    return sb;
  }

  /** One side of the tuple: an address (two halves for IPv6) and a port. */
  private static final class Endpoint {
    final boolean v6;
    final long high;
    final long low;
    final int port;

    private Endpoint(boolean v6, long high, long low, int port) {
      this.v6 = v6;
      this.high = high;
      this.low = low;
      this.port = port;
    }

    static Endpoint parse(String text, String side) {
      int colon = text.lastIndexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(side + " must be ADDRESS:PORT: '" + text + "'");
      }
      int port = parsePort(text.substring(colon + 1), side);
      String address = text.substring(0, colon);
      if (address.startsWith("[") && address.endsWith("]")) {
        byte[] bytes = ipv6Bytes(address, side);
        return new Endpoint(true, toLong(bytes, 0), toLong(bytes, 8), port);
      }
      return new Endpoint(false, 0, parseIpv4(address, side) & 0xFFFF_FFFFL, port);
    }

    private static int parsePort(String digits, String side) {
      if (!digits.isEmpty()
          && digits.length() <= 5
          && digits.chars().allMatch(Character::isDigit)) {
        int port = Integer.parseInt(digits);
        if (port <= 65535) {
          return port;
        }
      }
      throw new IllegalArgumentException(side + " port must be 0..65535: '" + digits + "'");
    }

    private static int parseIpv4(String address, String side) {
      Matcher m = IPV4.matcher(address);
      if (m.matches()) {
        int value = 0;
        boolean valid = true;
        for (int i = 1; i <= 4; i++) {
          int octet = Integer.parseInt(m.group(i));
          valid &= octet <= 255;
          value = (value << 8) | (octet & 0xFF);
        }
        if (valid) {
          return value;
        }
      }
      throw new IllegalArgumentException(
          side + " address must be a dotted-quad IPv4 or a [bracketed] IPv6: '" + address + "'");
    }

    private static byte[] ipv6Bytes(String bracketed, String side) {
      String inner = bracketed.substring(1, bracketed.length() - 1);
      if (inner.isEmpty()
          || !inner.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
        throw new IllegalArgumentException(
            side + " address is not an IPv6 literal: '" + bracketed + "'");
      }
      try {
        InetAddress address = InetAddress.getByName(bracketed);
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
          // The JDK turns ::ffff:a.b.c.d into an IPv4 address; keep it an IPv6 key.
          byte[] mapped = new byte[16];
          mapped[10] = (byte) 0xFF;
          mapped[11] = (byte) 0xFF;
          System.arraycopy(bytes, 0, mapped, 12, 4);
          return mapped;
        }
        return bytes;
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(
            side + " address is not an IPv6 literal: '" + bracketed + "'", e);
      }
    }

    private static long toLong(byte[] bytes, int offset) {
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value = (value << 8) | (bytes[offset + i] & 0xFF);
      }
      return value;
    }
  }
}
