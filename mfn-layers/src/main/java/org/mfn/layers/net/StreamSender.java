package org.mfn.layers.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * The sending end of a throughput probe: one blocking connection that writes whole messages of a
 * fixed size from one direct buffer, as {@code iperf3 -c -l SIZE} does. Not thread-safe.
 */
public final class StreamSender implements AutoCloseable {
  /** The largest message, bytes. */
  public static final int MAX_MESSAGE_BYTES = 16 << 20;

  private final SocketChannel channel;
  private final ByteBuffer message;

  /**
   * Connects.
   *
   * @param address a {@link StreamSink}'s address
   * @param messageBytes bytes per message, {@code 1 .. MAX_MESSAGE_BYTES}
   * @throws IOException if the connection fails
   * @throws IllegalArgumentException if the size is out of range
   */
  public StreamSender(SocketAddress address, int messageBytes) throws IOException {
    if (messageBytes < 1 || messageBytes > MAX_MESSAGE_BYTES) {
      throw new IllegalArgumentException(
          "message size must be in 1.." + MAX_MESSAGE_BYTES + " bytes: " + messageBytes);
    }
    this.channel = SocketChannel.open(address);
    if (address instanceof InetSocketAddress) {
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
    }
    this.message = ByteBuffer.allocateDirect(messageBytes);
    for (int i = 0; i < messageBytes; i++) {
      message.put(i, (byte) i);
    }
  }

  /**
   * Writes one message, blocking until the socket has taken all of it.
   *
   * @return the bytes written (the message size)
   * @throws IOException if the connection fails
   */
  public int send() throws IOException {
    message.clear();
    int written = 0;
    while (message.hasRemaining()) {
      written += channel.write(message);
    }
    return written;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
