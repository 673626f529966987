package org.mfn.layers.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The transport floor: reads a fixed-size request and writes a fixed-size response, with no parsing
 * and no state, one thread per connection. Measuring a round trip through it shows what the socket
 * itself costs, so that a protocol's overhead can be stated as a ratio.
 *
 * <p>Threads are daemons; {@link #close()} stops accepting and removes a Unix socket file.
 */
public final class BareEchoServer implements AutoCloseable {
  private final ServerSocketChannel server;
  private final SocketAddress address;
  private final Path socketFile;
  private final int requestBytes;
  private final int responseBytes;

  private BareEchoServer(
      ServerSocketChannel server,
      SocketAddress address,
      Path file,
      int requestBytes,
      int responseBytes) {
    this.server = server;
    this.address = address;
    this.socketFile = file;
    this.requestBytes = requestBytes;
    this.responseBytes = responseBytes;
    Thread acceptor = new Thread(this::acceptLoop, "bare-echo-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * Starts on a Unix domain socket.
   *
   * @param path the socket file (must not exist)
   * @param requestBytes bytes read per request, 1 or more
   * @param responseBytes bytes written per response, 1 or more
   * @return the running server
   * @throws IOException if binding fails
   */
  public static BareEchoServer startUnix(Path path, int requestBytes, int responseBytes)
      throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    channel.bind(UnixDomainSocketAddress.of(path));
    return new BareEchoServer(
        channel, UnixDomainSocketAddress.of(path), path, requestBytes, responseBytes);
  }

  /**
   * Starts on TCP loopback, on an ephemeral port of 127.0.0.1.
   *
   * @param requestBytes bytes read per request
   * @param responseBytes bytes written per response
   * @return the running server
   * @throws IOException if binding fails
   */
  public static BareEchoServer startTcpLoopback(int requestBytes, int responseBytes)
      throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.INET);
    channel.bind(new InetSocketAddress("127.0.0.1", 0));
    return new BareEchoServer(
        channel, channel.getLocalAddress(), null, requestBytes, responseBytes);
  }

  /** Returns the address to connect to. */
  public SocketAddress address() {
    return address;
  }

  private void acceptLoop() {
    while (server.isOpen()) {
      try {
        SocketChannel client = server.accept();
        Thread t = new Thread(() -> serve(client), "bare-echo-connection");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(SocketChannel client) {
    ByteBuffer request = ByteBuffer.allocateDirect(requestBytes);
    ByteBuffer response = ByteBuffer.allocateDirect(responseBytes);
    try (client) {
      if (address instanceof InetSocketAddress) {
        client.setOption(StandardSocketOptions.TCP_NODELAY, true);
      }
      while (true) {
        request.clear();
        while (request.hasRemaining()) {
          if (client.read(request) < 0) {
            return;
          }
        }
        response.clear();
        while (response.hasRemaining()) {
          client.write(response);
        }
      }
    } catch (IOException e) {
      // the client went away
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
