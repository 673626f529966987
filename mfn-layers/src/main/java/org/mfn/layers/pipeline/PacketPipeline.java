package org.mfn.layers.pipeline;

/**
 * Handles packets one at a time: looks up the packet's flow and returns the route to forward it on.
 * Implementations are single-threaded; two threads use two pipelines over two partitions of the
 * packets ({@link TracePackets#partition}), as receive-side scaling gives each core its own flows.
 */
public interface PacketPipeline {
  /**
   * Handles one packet.
   *
   * @param packets the packets
   * @param packet the packet's index
   * @param nowNanos the caller's clock, nanoseconds (trace time)
   * @return the route id the packet is forwarded on, 0 or more
   */
  int process(TracePackets packets, int packet, long nowNanos);

  /**
   * Handles a burst of packets, writing each one's route into {@code routes}; a burst is the unit a
   * receive queue hands over. (Each implementation has its own loop, so that the JIT profiles its
   * {@code process} call alone.)
   *
   * @param packets the packets
   * @param from the first packet's index
   * @param count packets in the burst
   * @param nowNanos the clock of the burst
   * @param routes receives the routes, from index 0
   * @return the sum of the burst's packet sizes, bytes
   */
  long processBurst(TracePackets packets, int from, int count, long nowNanos, int[] routes);

  /** Returns the packets that found their flow installed. */
  long hits();

  /** Returns the packets that did not, and took the slow path. */
  long misses();
}
