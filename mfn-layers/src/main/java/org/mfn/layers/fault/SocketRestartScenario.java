package org.mfn.layers.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.mfn.core.harness.FlowOperation;
import org.mfn.layers.ifr.FlowRegistry;
import org.mfn.layers.ifr.ipc.IfrClient;
import org.mfn.layers.ifr.ipc.IfrServer;
import org.mfn.layers.pipeline.TracePackets;

/**
 * The IFR's Unix-socket server restarts while a client keeps asking for routes: the server is
 * closed (its socket file removed) and started again on the same path with the same registry. The
 * client reconnects on a broken connection, once per request; a request that gets no answer counts
 * as dropped.
 */
public final class SocketRestartScenario implements FaultScenario {
  private static final Duration TIMEOUT = Duration.ofMillis(200);

  private final TracePackets packets;
  private final Path socket;
  private final FlowRegistry registry;
  private final Object serverLock = new Object();
  private final java.net.SocketAddress address;
  private IfrServer server;
  private IfrClient client;
  private final PacketCursor cursor;
  private long dropped;
  private long reconnects;

  /**
   * Starts the server with every flow of the trace installed.
   *
   * @param registry the registry (every flow of the trace installed)
   * @param packets the trace the client asks about
   * @param socket the socket file
   * @throws IOException if the server cannot start
   */
  public SocketRestartScenario(FlowRegistry registry, TracePackets packets, Path socket)
      throws IOException {
    this.packets = packets;
    this.cursor = new PacketCursor(packets);
    this.socket = socket;
    this.registry = registry;
    this.server = IfrServer.startUnix(socket, registry);
    this.address = server.address();
    this.client = IfrClient.connect(address, TIMEOUT);
  }

  @Override
  public String name() {
    return "socket-restart";
  }

  @Override
  public String fault() {
    return "the IFR socket server closed, then started again on " + socket.getFileName();
  }

  @Override
  public int flowCount() {
    return packets.flowCount();
  }

  @Override
  public FlowOperation operation() {
    return flow -> {
      int f = packets.flowOf(cursor.next());
      int words = packets.stride() == 2 ? 2 : 5;
      try {
        client.lookupRoute(packets.keyWords(), packets.keyOffset(f), words);
      } catch (IOException broken) {
        if (!reconnect()) {
          dropped++;
          throw broken;
        }
        try {
          client.lookupRoute(packets.keyWords(), packets.keyOffset(f), words);
        } catch (IOException again) {
          dropped++;
          throw again;
        }
      }
    };
  }

  private boolean reconnect() {
    try {
      client.close();
    } catch (IOException ignored) {
      // the old connection is gone either way
    }
    try {
      synchronized (serverLock) {
        if (server == null) {
          return false;
        }
      }
      client = IfrClient.connect(address, TIMEOUT);
      reconnects++;
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public void inject() {
    synchronized (serverLock) {
      try {
        server.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server = null;
    }
  }

  @Override
  public void clear() {
    synchronized (serverLock) {
      try {
        server = IfrServer.startUnix(socket, registry);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot restart the IFR server on " + socket, e);
      }
    }
  }

  /** Returns the reconnections the client made. */
  public long reconnects() {
    return reconnects;
  }

  @Override
  public long dropped() {
    return dropped;
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException ignored) {
      // closing
    }
    synchronized (serverLock) {
      if (server != null) {
        try {
          server.close();
        } catch (IOException ignored) {
          // closing
        }
      }
    }
  }
}
