package org.mfn.layers.probe;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.mfn.core.harness.HarnessResult;
import org.mfn.layers.ifr.FlowRegistry;
import org.mfn.layers.ifr.ipc.IfrClient;
import org.mfn.layers.ifr.ipc.IfrServer;
import org.mfn.layers.pipeline.TracePackets;

/**
 * The IFR's Unix-socket round trip at a fixed request rate: one client asks the server for the
 * route of each flow in turn. JMH's round-trip benchmark measures the same call back to back; this
 * probe measures what a client sending at a steady rate sees, stalls of the server included.
 */
public final class SocketRoundTripProbe {
  /** The probe's name in results.json. */
  public static final String NAME = "org.mfn.layers.probe.SocketRoundTripProbe.fixedRate";

  private SocketRoundTripProbe() {}

  /**
   * Measures.
   *
   * @param registry the registry to serve (flows installed)
   * @param packets the flows asked about
   * @param socket the socket file
   * @param load requests per second, warm-up, duration and rounds
   * @return the measurement
   * @throws IOException if the server cannot start or the client cannot connect
   */
  public static HarnessResult measure(
      FlowRegistry registry, TracePackets packets, Path socket, ProbeLoad load) throws IOException {
    int words = packets.stride() == 2 ? 2 : 5;
    try (IfrServer server = IfrServer.startUnix(socket, registry);
        IfrClient client = IfrClient.connect(server.address(), Duration.ofSeconds(1))) {
      return load.harness(NAME, packets.flowCount())
          .run(
              flow -> {
                if (client.lookupRoute(packets.keyWords(), packets.keyOffset(flow), words) < 0) {
                  throw new IllegalStateException("flow " + flow + " is not installed");
                }
              });
    }
  }
}
