package org.mfn.layers.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The receiving end of a throughput probe: accepts connections on TCP loopback or a Unix domain
 * socket and reads everything into a 256 KiB buffer, discarding it, as {@code iperf3 -s} does; one
 * daemon thread per connection. Counts the bytes received. {@link #close()} stops accepting and
 * removes a Unix socket file.
 */
public final class StreamSink implements AutoCloseable {
  /** Bytes read per {@code read} call at most. */
  public static final int READ_BUFFER_BYTES = 256 * 1024;

  private final ServerSocketChannel server;
  private final SocketAddress address;
  private final Path socketFile;
  private final AtomicLong received = new AtomicLong();

  private StreamSink(ServerSocketChannel server, SocketAddress address, Path socketFile) {
    this.server = server;
    this.address = address;
    this.socketFile = socketFile;
    Thread acceptor = new Thread(this::acceptLoop, "stream-sink-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * Starts on an ephemeral port of 127.0.0.1.
   *
   * @return the running sink
   * @throws IOException if binding fails
   */
  public static StreamSink startTcpLoopback() throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.INET);
    channel.bind(new InetSocketAddress("127.0.0.1", 0));
    return new StreamSink(channel, channel.getLocalAddress(), null);
  }

  /**
   * Starts on a Unix domain socket.
   *
   * @param path the socket file (must not exist)
   * @return the running sink
   * @throws IOException if binding fails
   */
  public static StreamSink startUnix(Path path) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    channel.bind(UnixDomainSocketAddress.of(path));
    return new StreamSink(channel, UnixDomainSocketAddress.of(path), path);
  }

  /** Returns the address to connect to. */
  public SocketAddress address() {
    return address;
  }

  /** Returns the bytes received so far, over all connections. */
  public long received() {
    return received.get();
  }

  private void acceptLoop() {
    while (server.isOpen()) {
      try {
        SocketChannel client = server.accept();
        Thread t = new Thread(() -> drain(client), "stream-sink-connection");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void drain(SocketChannel client) {
    ByteBuffer buffer = ByteBuffer.allocateDirect(READ_BUFFER_BYTES);
    try (client) {
      while (true) {
        buffer.clear();
        int n = client.read(buffer);
        if (n < 0) {
          return;
        }
        received.addAndGet(n);
      }
    } catch (IOException e) {
      // the sender went away
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    if (socketFile != null) {
      Files.deleteIfExists(socketFile);
    }
  }
}
