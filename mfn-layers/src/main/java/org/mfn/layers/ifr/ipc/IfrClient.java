package org.mfn.layers.ifr.ipc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mfn.core.flow.FlowKey;
import org.mfn.layers.ifr.RegistryStats;

/**
 * A blocking client of {@link IfrServer}: one request at a time, each bounded by a timeout.
 *
 * <p>A request that misses its deadline closes the connection and throws {@link
 * IfrClientException}; so does a broken connection or a response that does not match the request.
 * Buffers are allocated once, so the hot methods ({@link #ping}, {@link #lookupRoute}) allocate
 * nothing per call. Not thread-safe: one client per thread.
 */
public final class IfrClient implements AutoCloseable {
  private final SocketChannel channel;
  private final long timeoutNanos;
  private final ByteBuffer out = ByteBuffer.allocateDirect(IfrProtocol.MAX_FRAME_BYTES + 4);
  private final ByteBuffer in = ByteBuffer.allocateDirect(IfrProtocol.MAX_FRAME_BYTES + 4);

  /** Where a response frame starts in {@link #in}: after its length field. */
  private static final int FRAME = 4;

  private int nextId = 1;
  private volatile long deadlineNanos;
  private volatile boolean expired;

  private IfrClient(SocketChannel channel, Duration timeout) {
    this.channel = channel;
    this.timeoutNanos = timeout.toNanos();
  }

  /**
   * Connects.
   *
   * @param address a {@link java.net.UnixDomainSocketAddress} or a TCP address
   * @param timeout the bound of each request, positive
   * @return the connected client
   * @throws IOException if the connection fails
   */
  public static IfrClient connect(SocketAddress address, Duration timeout) throws IOException {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    SocketChannel channel =
        SocketChannel.open(
            address instanceof InetSocketAddress
                ? StandardProtocolFamily.INET
                : StandardProtocolFamily.UNIX);
    try {
      channel.connect(address);
      if (address instanceof InetSocketAddress) {
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      }
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    IfrClient client = new IfrClient(channel, timeout);
    ClientWatchdog.register(client);
    return client;
  }

  /**
   * Sends a ping and waits for the echo.
   *
   * @param payload bytes to echo (their count is what matters for timing)
   * @return the number of bytes echoed
   * @throws IOException on timeout, a broken connection or a protocol error
   */
  public int ping(byte[] payload) throws IOException {
    begin(Opcode.PING).put(payload);
    return expect(call(), Status.OK).remaining();
  }

  /**
   * Looks a flow up by its canonical words, without allocating.
   *
   * @param words array holding the key
   * @param offset index of its first word
   * @param count 2 (IPv4) or 5 (IPv6)
   * @return the route id, or -1 if the flow is not installed
   * @throws IOException on timeout, a broken connection or a protocol error
   */
  public int lookupRoute(long[] words, int offset, int count) throws IOException {
    IfrProtocol.putKey(begin(Opcode.LOOKUP), words, offset, count);
    ByteBuffer response = call();
    return status(response) == Status.NOT_FOUND ? -1 : expect(response, Status.OK).getInt();
  }

  /**
   * Looks a flow up.
   *
   * @param key the flow
   * @return its entry, or empty if it is not installed
   * @throws IOException on timeout, a broken connection or a protocol error
   */
  public Optional<FlowEntry> lookup(FlowKey key) throws IOException {
    putKey(begin(Opcode.LOOKUP), key);
    ByteBuffer r = call();
    if (status(r) == Status.NOT_FOUND) {
      return Optional.empty();
    }
    expect(r, Status.OK);
    return Optional.of(new FlowEntry(r.getInt(), r.getLong(), r.getLong(), r.getLong()));
  }

  /**
   * Installs a flow or changes its route.
   *
   * @param key the flow
   * @param routeId the route, 0 or more
   * @return true if the flow was new
   * @throws IOException on timeout, a broken connection or a protocol error (MALFORMED for an IPv6
   *     flow sent to an IPv4 registry)
   */
  public boolean upsert(FlowKey key, int routeId) throws IOException {
    putKey(begin(Opcode.UPSERT), key);
    out.putInt(routeId);
    return expect(call(), Status.OK).get() == 1;
  }

  /**
   * Removes a flow.
   *
   * @param key the flow
   * @return true if it was installed
   * @throws IOException on timeout, a broken connection or a protocol error
   */
  public boolean delete(FlowKey key) throws IOException {
    putKey(begin(Opcode.DELETE), key);
    ByteBuffer r = call();
    return status(r) != Status.NOT_FOUND && expect(r, Status.OK) != null;
  }

  /**
   * Looks up several flows in one frame.
   *
   * @param keys 1 .. {@link IfrProtocol#MAX_BATCH} flows
   * @return their route ids in order, -1 for flows not installed
   * @throws IOException on timeout, a broken connection or a protocol error
   */
  public int[] batchLookup(List<FlowKey> keys) throws IOException {
    if (keys.isEmpty() || keys.size() > IfrProtocol.MAX_BATCH) {
      throw new IllegalArgumentException(
          "a batch holds 1.." + IfrProtocol.MAX_BATCH + " keys: " + keys.size());
    }
    begin(Opcode.BATCH_LOOKUP).putShort((short) keys.size());
    for (FlowKey key : keys) {
      putKey(out, key);
    }
    ByteBuffer r = expect(call(), Status.OK);
    int count = r.getShort() & 0xFFFF;
    if (count != keys.size()) {
      throw new IfrClientException(
          "batch response has " + count + " entries for " + keys.size() + " keys");
    }
    int[] routes = new int[count];
    for (int i = 0; i < count; i++) {
      r.get();
      routes[i] = r.getInt();
    }
    return routes;
  }

  /**
   * Reads the registry's counters.
   *
   * @return the counters
   * @throws IOException on timeout, a broken connection or a protocol error
   */
  public RegistryStats stats() throws IOException {
    begin(Opcode.STATS);
    ByteBuffer r = expect(call(), Status.OK);
    return new RegistryStats(
        r.getInt(),
        r.getInt(),
        r.getLong(),
        r.getLong(),
        r.getLong(),
        r.getLong(),
        r.getLong(),
        r.remaining() >= Long.BYTES ? r.getLong() : 0); // refusedInstalls, added in 1.1
  }

  /**
   * Sends raw bytes as they are and returns the status of the response; for robustness tests.
   *
   * @param frame the bytes to send, well-formed or not
   * @return the status byte of the response
   * @throws IOException if the server closed the connection or the request timed out
   */
  public int sendRaw(byte[] frame) throws IOException {
    out.clear();
    out.put(frame).flip();
    return call(false).get(FRAME + 1);
  }

  private static void putKey(ByteBuffer buffer, FlowKey key) {
    buffer.put((byte) key.wordCount());
    for (int i = 0; i < key.wordCount(); i++) {
      buffer.putLong(key.word(i));
    }
  }

  private ByteBuffer begin(Opcode opcode) {
    out.clear();
    out.putInt(0).put((byte) IfrProtocol.VERSION).put((byte) opcode.code()).putInt(nextId);
    return out;
  }

  private ByteBuffer call() throws IOException {
    out.putInt(0, out.position() - 4).flip(); // a frame built by begin(): fill in the length
    return call(true);
  }

  /**
   * Sends {@link #out} (flipped) and returns the response: {@link #in} holding the length field and
   * the frame, positioned after the frame's header, limited at its end.
   */
  private ByteBuffer call(boolean checkId) throws IOException {
    int id = checkId ? out.getInt(6) : 0;
    deadlineNanos = System.nanoTime() + timeoutNanos;
    try {
      while (out.hasRemaining()) {
        channel.write(out);
      }
      // Whatever the socket holds per read: the length field and the frame usually come in one.
      in.clear();
      readAtLeast(FRAME);
      int length = in.getInt(0);
      if (length < IfrProtocol.HEADER_BYTES || length > IfrProtocol.MAX_FRAME_BYTES) {
        throw new IfrClientException("the server sent a frame of length " + length);
      }
      readAtLeast(FRAME + length);
      in.flip().limit(FRAME + length);
    } catch (IOException e) {
      throw expired
          ? new IfrClientException(
              "request timed out after " + Duration.ofNanos(timeoutNanos).toMillis() + " ms", e)
          : e;
    } finally {
      deadlineNanos = 0;
    }
    int responseId = in.getInt(FRAME + 2);
    if (checkId && responseId != id) {
      throw new IfrClientException("response id " + responseId + " does not match request " + id);
    }
    nextId++;
    in.position(FRAME + IfrProtocol.HEADER_BYTES);
    return in;
  }

  /** Reads until {@link #in} holds at least {@code bytes}. */
  private void readAtLeast(int bytes) throws IOException {
    while (in.position() < bytes) {
      if (channel.read(in) < 0) {
        throw new IfrClientException("the server closed the connection");
      }
    }
  }

  private static Status status(ByteBuffer response) {
    return Status.of(response.get(FRAME + 1) & 0xFF);
  }

  private static ByteBuffer expect(ByteBuffer response, Status wanted) throws IfrClientException {
    Status status = status(response);
    if (status != wanted) {
      throw new IfrClientException("the server answered " + status + " (expected " + wanted + ")");
    }
    return response;
  }

  void expireIfLate(long now) {
    long deadline = deadlineNanos;
    if (deadline != 0 && now - deadline > 0) {
      expired = true;
      try {
        channel.close();
      } catch (IOException e) {
        // closing is all we can do
      }
    }
  }

  /** Closes the connection. */
  @Override
  public void close() throws IOException {
    ClientWatchdog.unregister(this);
    channel.close();
  }
}
