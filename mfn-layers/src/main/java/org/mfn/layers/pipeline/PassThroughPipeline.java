package org.mfn.layers.pipeline;

/**
 * The reference for the MFN overhead: the same packet handling (read the packet's flow and size,
 * hand back a route) with no MFN work, every packet forwarded on one default route. Counts every
 * packet as a hit. Single-threaded.
 */
public final class PassThroughPipeline implements PacketPipeline {
  private final int defaultRoute;
  private long packets;

  /**
   * Creates the pipeline.
   *
   * @param defaultRoute the route every packet takes, 0 or more
   * @throws IllegalArgumentException if the route is negative
   */
  public PassThroughPipeline(int defaultRoute) {
    if (defaultRoute < 0) {
      throw new IllegalArgumentException("default route must be 0 or more: " + defaultRoute);
    }
    this.defaultRoute = defaultRoute;
  }

  @Override
  public int process(TracePackets packets, int packet, long nowNanos) {
    this.packets++;
    // Reads what the MFN pipeline reads before its lookup, so that the difference is the MFN work.
    int flow = packets.flowOf(packet);
    return packets.keyOffset(flow) < 0 ? -1 : defaultRoute;
  }

  @Override
  public long processBurst(TracePackets packets, int from, int count, long nowNanos, int[] routes) {
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      routes[i] = process(packets, from + i, nowNanos);
      bytes += packets.sizeOf(from + i);
    }
    return bytes;
  }

  @Override
  public long hits() {
    return packets;
  }

  @Override
  public long misses() {
    return 0;
  }
}
