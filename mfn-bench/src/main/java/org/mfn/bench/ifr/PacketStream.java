package org.mfn.bench.ifr;

import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.core.workload.FlowTrace;
import org.mfn.layers.baseline.FiveTupleKey;

/**
 * A trace's packets as each implementation receives them, in packet order: the packed key words of
 * every packet (for the MFN registry) and a key object per packet (for the traditional stores,
 * which build one from each packet header).
 *
 * <p>Laid out in packet order so that reading a packet's key is a sequential read, as it is when
 * the key comes out of a packet buffer, and the benchmark measures the flow lookup rather than
 * fetching the key from a random place of the trace's key table. Read-only after construction.
 */
final class PacketStream {
  final int packets;
  final int mask;
  final int stride;
  final FlowKeyLayout layout;
  final long[] words;
  final FiveTupleKey[] keyObjects;
  final int[] sizes;

  PacketStream(FlowTrace trace) {
    packets = trace.packetCount();
    if (Integer.bitCount(packets) != 1) {
      throw new IllegalArgumentException("packet count must be a power of two: " + packets);
    }
    mask = packets - 1;
    stride = trace.stride();
    layout = trace.layout();
    words = new long[packets * stride];
    keyObjects = new FiveTupleKey[packets];
    sizes = trace.packetSizes();
    for (int p = 0; p < packets; p++) {
      int flowOffset = trace.packetFlows()[p] * stride;
      System.arraycopy(trace.keyWords(), flowOffset, words, p * stride, stride);
      keyObjects[p] = FiveTupleKey.of(trace.keyWords(), flowOffset, trace.layout());
    }
  }

  /** Returns the packet index of a cursor position. */
  int packet(int position) {
    return position & mask;
  }

  /** Returns the word offset of a packet's key in {@link #words}. */
  int offset(int packet) {
    return packet * stride;
  }

  /** Builds a packet's key object from its words, as a traditional store's caller does. */
  FiveTupleKey keyObject(int packet) {
    return FiveTupleKey.of(words, packet * stride, layout);
  }
}
