package org.mfn.layers.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * The client side of {@link BareEchoServer}: one blocking round trip of fixed sizes, no allocation
 * per call. Not thread-safe.
 */
public final class BareEchoClient implements AutoCloseable {
  private final SocketChannel channel;
  private final ByteBuffer request;
  private final ByteBuffer response;

  /**
   * Connects.
   *
   * @param address the server's address
   * @param requestBytes bytes sent per request (the server's request size)
   * @param responseBytes bytes read per response (the server's response size)
   * @throws IOException if the connection fails
   */
  public BareEchoClient(SocketAddress address, int requestBytes, int responseBytes)
      throws IOException {
    boolean tcp = address instanceof InetSocketAddress;
    channel = SocketChannel.open(tcp ? StandardProtocolFamily.INET : StandardProtocolFamily.UNIX);
    channel.connect(address);
    if (tcp) {
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
    }
    request = ByteBuffer.allocateDirect(requestBytes);
    response = ByteBuffer.allocateDirect(responseBytes);
  }

  /**
   * Sends one request and reads the whole response.
   *
   * @return the number of bytes read
   * @throws IOException if the server closed the connection
   */
  public int roundTrip() throws IOException {
    request.clear();
    while (request.hasRemaining()) {
      channel.write(request);
    }
    response.clear();
    while (response.hasRemaining()) {
      if (channel.read(response) < 0) {
        throw new IOException("the echo server closed the connection");
      }
    }
    return response.position();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
