package org.mfn.core.flow;

import java.util.Arrays;

/**
 * An immutable 5-tuple flow key (source and destination address and port, IP protocol) for IPv4 or
 * IPv6, held as packed {@code long} words.
 *
 * <p>Packed form (the canonical words, {@link #wordCount()} of them):
 *
 * <ul>
 *   <li>IPv4, 2 words: {@code w0 = src << 32 | dst} (addresses as unsigned 32-bit), {@code w1 =
 *       meta};
 *   <li>IPv6, 5 words: {@code w0, w1} the source address (high, low 64 bits), {@code w2, w3} the
 *       destination address, {@code w4 = meta};
 *   <li>{@code meta = srcPort << 48 | dstPort << 32 | protocol << 24 | version}, with the IP
 *       version (4 or 6) in the low byte, so that keys of the two families never compare equal.
 * </ul>
 *
 * <p>Text form, parsed by {@link #parse(String)} and printed by {@link #toString()}: {@code
 * 10.0.0.1:443 -> 10.0.0.2:51000 tcp} and {@code [2001:db8::1]:443 -> [2001:db8::2]:51000 udp}
 * (IPv6 in the RFC 5952 canonical form). Ports are 0..65535 and protocols 0..255.
 *
 * <p>Flow tables do not hold {@code FlowKey} objects: they copy the words into primitive arrays
 * (see {@link FlowKeyLayout}). This class is for building, parsing and printing keys.
 */
public final class FlowKey {
  /** Words of an IPv4 key. */
  public static final int IPV4_WORDS = 2;

  /** Words of an IPv6 key. */
  public static final int IPV6_WORDS = 5;

  private final long[] words;

  private FlowKey(long[] words) {
    this.words = words;
  }

  /**
   * Creates an IPv4 key.
   *
   * @param srcAddress source address as a 32-bit value (e.g. {@code 0x0A000001} for 10.0.0.1)
   * @param dstAddress destination address
   * @param srcPort source port, 0..65535
   * @param dstPort destination port, 0..65535
   * @param protocol IP protocol number, 0..255
   * @return the key
   * @throws IllegalArgumentException if a port or the protocol is out of range
   */
  public static FlowKey ipv4(
      int srcAddress, int dstAddress, int srcPort, int dstPort, int protocol) {
    long w0 = ((long) srcAddress << 32) | (dstAddress & 0xFFFF_FFFFL);
    return new FlowKey(new long[] {w0, meta(srcPort, dstPort, protocol, 4)});
  }

  /**
   * Creates an IPv6 key from the two 64-bit halves of each address.
   *
   * @param srcHigh high 64 bits of the source address
   * @param srcLow low 64 bits of the source address
   * @param dstHigh high 64 bits of the destination address
   * @param dstLow low 64 bits of the destination address
   * @param srcPort source port, 0..65535
   * @param dstPort destination port, 0..65535
   * @param protocol IP protocol number, 0..255
   * @return the key
   * @throws IllegalArgumentException if a port or the protocol is out of range
   */
  public static FlowKey ipv6(
      long srcHigh,
      long srcLow,
      long dstHigh,
      long dstLow,
      int srcPort,
      int dstPort,
      int protocol) {
    return new FlowKey(
        new long[] {srcHigh, srcLow, dstHigh, dstLow, meta(srcPort, dstPort, protocol, 6)});
  }

  /**
   * Rebuilds a key from its canonical packed words.
   *
   * @param words array holding the words
   * @param offset index of the first word
   * @param count 2 (IPv4) or 5 (IPv6)
   * @return the key
   * @throws IllegalArgumentException if the words are not a valid packed key
   */
  public static FlowKey fromWords(long[] words, int offset, int count) {
    long meta = words[offset + count - 1];
    int version = (int) (meta & 0xFF);
    boolean valid = (version == 4 && count == IPV4_WORDS) || (version == 6 && count == IPV6_WORDS);
    if (!valid || (meta & 0x00FF_FF00L) != 0) {
      throw new IllegalArgumentException(
          "packed flow key must be 2 words with version 4 or 5 words with version 6: count="
              + count
              + ", meta=0x"
              + Long.toHexString(meta));
    }
    return new FlowKey(Arrays.copyOfRange(words, offset, offset + count));
  }

  /**
   * Parses the text form, e.g. {@code 10.0.0.1:443 -> 10.0.0.2:51000 tcp}.
   *
   * @param text the key as text
   * @return the key
   * @throws IllegalArgumentException naming the part that is malformed
   */
  public static FlowKey parse(String text) {
    return FlowKeyText.parse(text);
  }

  /**
   * Packs ports, protocol and IP version into the meta word.
   *
   * @param srcPort source port, 0..65535
   * @param dstPort destination port, 0..65535
   * @param protocol protocol number, 0..255
   * @param version 4 or 6
   * @return the meta word
   * @throws IllegalArgumentException if a value is out of range
   */
  public static long meta(int srcPort, int dstPort, int protocol, int version) {
    checkRange("source port", srcPort, 65535);
    checkRange("destination port", dstPort, 65535);
    checkRange("protocol", protocol, 255);
    return ((long) srcPort << 48) | ((long) dstPort << 32) | ((long) protocol << 24) | version;
  }

  private static void checkRange(String what, int value, int max) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(what + " must be in 0.." + max + ": " + value);
    }
  }

  /** Returns 4 or 6. */
  public int version() {
    return (int) (metaWord() & 0xFF);
  }

  /** Returns the number of canonical words, 2 for IPv4 and 5 for IPv6. */
  public int wordCount() {
    return words.length;
  }

  /**
   * Returns one canonical word.
   *
   * @param index 0 .. {@link #wordCount()} - 1
   * @return the word
   */
  public long word(int index) {
    return words[index];
  }

  /**
   * Copies the canonical words into {@code target} at {@code offset}.
   *
   * @param target destination array with room for {@link #wordCount()} words
   * @param offset where the first word goes
   */
  public void copyWords(long[] target, int offset) {
    System.arraycopy(words, 0, target, offset, words.length);
  }

  /** Returns the source port, 0..65535. */
  public int srcPort() {
    return (int) (metaWord() >>> 48);
  }

  /** Returns the destination port, 0..65535. */
  public int dstPort() {
    return (int) ((metaWord() >>> 32) & 0xFFFF);
  }

  /** Returns the IP protocol number, 0..255. */
  public int protocol() {
    return (int) ((metaWord() >>> 24) & 0xFF);
  }

  /** Returns the meta word (ports, protocol, version). */
  public long metaWord() {
    return words[words.length - 1];
  }

  /** Returns the 64-bit {@link FlowHash} of the canonical words. */
  public long hash64() {
    return FlowHash.hash(words, 0, words.length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FlowKey && Arrays.equals(words, ((FlowKey) other).words);
  }

  @Override
  public int hashCode() {
    long h = hash64();
    return (int) (h ^ (h >>> 32));
  }

  /** Returns the text form accepted by {@link #parse(String)}. */
  @Override
  public String toString() {
    return FlowKeyText.format(this);
  }
}
