package org.mfn.layers.ifr.ipc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.mfn.layers.ifr.FlowRegistry;

/**
 * Serves a {@link FlowRegistry} over the IFR protocol on a Unix domain socket (or, as the peer in
 * benchmarks, TCP).
 *
 * <p>One acceptor thread and one thread per connection, each with fixed 64 KiB direct buffers (heap
 * buffers would be copied through a temporary direct buffer on every read and write): no allocation
 * is ever sized by a length read from the wire. The server owns the registry while it runs: every
 * access holds the server's lock (see {@link RequestProcessor} for the consistency model). A frame
 * with a bad length gets an error response and its connection is closed (the stream cannot be
 * resynchronised); a bad version, opcode or payload gets an error response and the connection goes
 * on. A client that disconnects, even mid-frame, affects nobody else.
 *
 * <p>The Unix socket file is created owner-only, a stale file from a crashed server is replaced,
 * and {@link #close()} removes it.
 */
public final class IfrServer implements AutoCloseable {
  /** The default maximum number of simultaneous connections. */
  public static final int DEFAULT_MAX_CONNECTIONS = 256;

  private final ServerSocketChannel server;
  private final SocketAddress address;
  private final Path socketFile;
  private final FlowRegistry registry;
  private final Object lock = new Object();
  private final int maxConnections;
  private final ExecutorService connections;
  private final Thread acceptor;
  private final Set<SocketChannel> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicLong malformedFrames = new AtomicLong();
  private volatile boolean closed;

  private IfrServer(
      ServerSocketChannel server,
      SocketAddress address,
      Path socketFile,
      FlowRegistry registry,
      int maxConnections) {
    this.server = server;
    this.address = address;
    this.socketFile = socketFile;
    this.registry = registry;
    this.maxConnections = maxConnections;
    AtomicInteger ids = new AtomicInteger();
    this.connections =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "ifr-connection-" + ids.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.acceptor = new Thread(this::acceptLoop, "ifr-acceptor");
    this.acceptor.setDaemon(true);
  }

  /**
   * Starts a server on a Unix domain socket.
   *
   * @param socketPath the socket file to create
   * @param registry the registry to serve (owned by the server until it is closed)
   * @return the running server
   * @throws IOException if the path is taken by a live server or by something that is not a socket,
   *     or binding fails
   */
  public static IfrServer startUnix(Path socketPath, FlowRegistry registry) throws IOException {
    Path path = socketPath.toAbsolutePath();
    Files.createDirectories(path.getParent());
    SocketFiles.clearStale(path);
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      channel.bind(UnixDomainSocketAddress.of(path));
      SocketFiles.ownerOnly(path);
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    return start(channel, UnixDomainSocketAddress.of(path), path, registry);
  }

  /**
   * Starts a server on TCP loopback (the transport peer of the benchmarks).
   *
   * @param registry the registry to serve
   * @return the running server, on an ephemeral port of 127.0.0.1
   * @throws IOException if binding fails
   */
  public static IfrServer startTcpLoopback(FlowRegistry registry) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.INET);
    channel.bind(new InetSocketAddress("127.0.0.1", 0));
    return start(channel, channel.getLocalAddress(), null, registry);
  }

  private static IfrServer start(
      ServerSocketChannel channel, SocketAddress address, Path file, FlowRegistry registry) {
    IfrServer s = new IfrServer(channel, address, file, registry, DEFAULT_MAX_CONNECTIONS);
    s.acceptor.start();
    return s;
  }

  /** Returns the address clients connect to. */
  public SocketAddress address() {
    return address;
  }

  /** Returns how many frames were answered MALFORMED, TOO_LARGE or with a bad version or opcode. */
  public long rejectedFrames() {
    return malformedFrames.get();
  }

  /**
   * Runs an action on the registry while holding the server's lock, so that it does not race with
   * requests (for tests and management).
   *
   * @param action what to do
   */
  public void withRegistry(java.util.function.Consumer<FlowRegistry> action) {
    synchronized (lock) {
      action.accept(registry);
    }
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        SocketChannel client = server.accept();
        if (active.incrementAndGet() > maxConnections) {
          active.decrementAndGet();
          client.close();
          continue;
        }
        open.add(client);
        connections.execute(() -> serve(client));
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private void serve(SocketChannel client) {
    ByteBuffer in = ByteBuffer.allocateDirect(IfrProtocol.MAX_FRAME_BYTES);
    ByteBuffer out = ByteBuffer.allocateDirect(IfrProtocol.MAX_FRAME_BYTES + 4);
    ByteBuffer lengthField = ByteBuffer.allocateDirect(4);
    RequestProcessor processor = new RequestProcessor(registry, lock);
    try (client) {
      while (!closed) {
        lengthField.clear();
        if (!readFully(client, lengthField)) {
          return; // clean end of stream, or the client vanished
        }
        int length = lengthField.getInt(0);
        if (length < IfrProtocol.HEADER_BYTES || length > IfrProtocol.MAX_FRAME_BYTES) {
          malformedFrames.incrementAndGet();
          RequestProcessor.errorFrame(
              out, 0, length > IfrProtocol.MAX_FRAME_BYTES ? Status.TOO_LARGE : Status.MALFORMED);
          writeFully(client, out);
          return; // the stream cannot be resynchronised
        }
        in.clear().limit(length);
        if (!readFully(client, in)) {
          return; // vanished mid-frame
        }
        in.flip();
        int version = in.get() & 0xFF;
        int code = in.get() & 0xFF;
        int requestId = in.getInt();
        processor.process(version, code, requestId, in, out);
        if (out.get(5) != Status.OK.code() && out.get(5) != Status.NOT_FOUND.code()) {
          malformedFrames.incrementAndGet();
        }
        writeFully(client, out);
      }
    } catch (IOException e) {
      // the connection broke; other connections are unaffected
    } finally {
      open.remove(client);
      active.decrementAndGet();
    }
  }

  private static boolean readFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      if (channel.read(buffer) < 0) {
        return false;
      }
    }
    return true;
  }

  private static void writeFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  /** Stops accepting, closes every connection, and removes the socket file. */
  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    for (SocketChannel c : open) {
      c.close();
    }
    connections.shutdownNow();
    try {
      acceptor.join(TimeUnit.SECONDS.toMillis(5));
      connections.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (socketFile != null) {
      Files.deleteIfExists(socketFile);
    }
  }
}
