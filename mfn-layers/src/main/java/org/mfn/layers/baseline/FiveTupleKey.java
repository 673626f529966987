package org.mfn.layers.baseline;

import org.mfn.core.flow.FlowKey;
import org.mfn.core.flow.FlowKeyLayout;

/**
 * A flow key as an ordinary object, the way a traditional flow store keys its map: addresses as two
 * 64-bit halves (IPv4 in the low half), ports and protocol, with the record's generated {@code
 * equals} and {@code hashCode}.
 *
 * @param srcHigh high 64 bits of the source address (0 for IPv4)
 * @param srcLow low 64 bits of the source address
 * @param dstHigh high 64 bits of the destination address (0 for IPv4)
 * @param dstLow low 64 bits of the destination address
 * @param srcPort source port
 * @param dstPort destination port
 * @param protocol IP protocol number
 * @param version 4 or 6
 */
public record FiveTupleKey(
    long srcHigh,
    long srcLow,
    long dstHigh,
    long dstLow,
    int srcPort,
    int dstPort,
    int protocol,
    int version) {

  /**
   * Converts a {@link FlowKey}.
   *
   * @param key the key
   * @return the object key
   */
  public static FiveTupleKey of(FlowKey key) {
    if (key.version() == 4) {
      long w0 = key.word(0);
      return new FiveTupleKey(
          0, w0 >>> 32, 0, w0 & 0xFFFF_FFFFL, key.srcPort(), key.dstPort(), key.protocol(), 4);
    }
    return new FiveTupleKey(
        key.word(0),
        key.word(1),
        key.word(2),
        key.word(3),
        key.srcPort(),
        key.dstPort(),
        key.protocol(),
        6);
  }

  /**
   * Converts a packed key.
   *
   * @param words the packed words
   * @param offset index of the first word
   * @param layout their layout
   * @return the object key
   */
  public static FiveTupleKey of(long[] words, int offset, FlowKeyLayout layout) {
    return layout == FlowKeyLayout.IPV4
        ? ofIpv4(words[offset], words[offset + 1])
        : of(layout.read(words, offset));
  }

  /**
   * Builds the key of an IPv4 flow straight from its two packed words, as a traditional store's
   * caller builds it from a parsed header: field extraction and one object, no intermediate key.
   *
   * @param addresses {@code src << 32 | dst}
   * @param meta {@code srcPort << 48 | dstPort << 32 | protocol << 24 | 4}
   * @return the object key, equal to {@code of(FlowKey)} of the same flow
   */
  public static FiveTupleKey ofIpv4(long addresses, long meta) {
    return new FiveTupleKey(
        0,
        addresses >>> 32,
        0,
        addresses & 0xFFFF_FFFFL,
        (int) (meta >>> 48) & 0xFFFF,
        (int) (meta >>> 32) & 0xFFFF,
        (int) (meta >>> 24) & 0xFF,
        4);
  }
}
