package org.mfn.layers.fault;

import org.mfn.layers.pipeline.TracePackets;

/** Walks a trace's packets in order, round and round: the packet a scenario sends next. */
final class PacketCursor {
  private final int packets;
  private int next;

  PacketCursor(TracePackets trace) {
    this.packets = trace.packetCount();
  }

  /** Returns the next packet's index. */
  int next() {
    int packet = next;
    next = packet + 1 == packets ? 0 : packet + 1;
    return packet;
  }
}
