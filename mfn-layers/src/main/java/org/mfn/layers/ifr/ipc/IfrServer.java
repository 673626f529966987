package org.mfn.layers.ifr.ipc;

import java.io.IOException;
import java.lang.System.Logger.Level;
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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.mfn.layers.ifr.FlowRegistry;

/**
 * Serves a {@link FlowRegistry} over the IFR protocol on a Unix domain socket (or, as the peer in
 * benchmarks, TCP loopback).
 *
 * <p>One acceptor thread, one thread per connection, and one thread that enforces deadlines. Every
 * connection uses a fixed set of 64 KiB direct buffers taken from a pool (so connection churn does
 * not pile up direct memory that only a garbage collection would free), and no allocation is ever
 * sized by a length read from the wire. The server owns the registry while it runs: every access
 * holds the server's lock (see {@link RequestProcessor} for the consistency model).
 *
 * <p>Hostile peers: a frame with a bad length gets an error response and its connection is closed
 * (the stream cannot be resynchronised); a bad version, opcode or payload gets an error response
 * and the connection goes on. {@link ServerLimits} bound the rest: a frame must be read and
 * answered within the frame timeout from its first byte (a peer that trickles bytes or stops
 * reading responses is disconnected), a connection may stay idle between frames for the idle
 * timeout, and a connection beyond the maximum is answered {@link Status#BUSY} and closed. A flow
 * that the registry refuses (keys crafted to collide) is answered {@link Status#REFUSED}. The
 * acceptor survives failing {@code accept} calls (e.g. out of file descriptors) by backing off, and
 * logs each kind of failure once.
 *
 * <p>The Unix socket's parent directories are created owner-only, the socket is bound privately and
 * appears at its path already owner-only, a stale file from a crashed server is replaced, and
 * {@link #close()} removes it.
 */
public final class IfrServer implements AutoCloseable {
  /** The default maximum number of simultaneous connections. */
  public static final int DEFAULT_MAX_CONNECTIONS = ServerLimits.DEFAULTS.maxConnections();

  private static final System.Logger LOG = System.getLogger(IfrServer.class.getName());
  private static final long MAX_ACCEPT_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final byte[] BUSY_FRAME = busyFrame();

  private final ServerSocketChannel server;
  private final SocketAddress address;
  private final Path socketFile;
  private final FlowRegistry registry;
  private final Object lock = new Object();
  private final ServerLimits limits;
  private final BufferPool buffers;
  private final ExecutorService connections;
  private final ScheduledExecutorService deadlines;
  private final Thread acceptor;
  private final Set<Connection> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicLong malformedFrames = new AtomicLong();
  private final AtomicLong refusedConnections = new AtomicLong();
  private final AtomicLong expiredConnections = new AtomicLong();
  private final AtomicLong acceptFailures = new AtomicLong();
  private final AtomicBoolean acceptFailureLogged = new AtomicBoolean();
  private final AtomicBoolean connectionFailureLogged = new AtomicBoolean();
  private volatile boolean closed;

  private IfrServer(
      ServerSocketChannel server,
      SocketAddress address,
      Path socketFile,
      FlowRegistry registry,
      ServerLimits limits,
      BufferPool buffers) {
    this.server = server;
    this.address = address;
    this.socketFile = socketFile;
    this.registry = registry;
    this.limits = limits;
    this.buffers = buffers;
    this.connections = Executors.newCachedThreadPool(daemonThreads("ifr-connection-"));
    this.deadlines = Executors.newSingleThreadScheduledExecutor(daemonThreads("ifr-deadlines-"));
    this.acceptor = new Thread(this::acceptLoop, "ifr-acceptor");
    this.acceptor.setDaemon(true);
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger ids = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + ids.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Starts a server on a Unix domain socket with the default limits.
   *
   * @param socketPath the socket file to create
   * @param registry the registry to serve (owned by the server until it is closed)
   * @return the running server
   * @throws IOException if the path is taken by a live server or by something that is not a socket,
   *     or binding fails
   */
  public static IfrServer startUnix(Path socketPath, FlowRegistry registry) throws IOException {
    return startUnix(socketPath, registry, ServerLimits.DEFAULTS);
  }

  /**
   * Starts a server on a Unix domain socket.
   *
   * @param socketPath the socket file to create (missing parent directories are created 0700)
   * @param registry the registry to serve (owned by the server until it is closed)
   * @param limits connection limits and timeouts
   * @return the running server
   * @throws IOException if the path is taken by a live server or by something that is not a socket,
   *     or binding fails
   */
  public static IfrServer startUnix(Path socketPath, FlowRegistry registry, ServerLimits limits)
      throws IOException {
    Path path = socketPath.toAbsolutePath();
    SocketFiles.createOwnerOnlyDirectories(path.getParent());
    SocketFiles.clearStale(path);
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      SocketFiles.bindOwnerOnly(channel, path);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    return start(
        channel,
        UnixDomainSocketAddress.of(path),
        path,
        registry,
        limits,
        new BufferPool(limits.maxConnections()));
  }

  /**
   * Starts a server on TCP loopback (the transport peer of the benchmarks) with the default limits.
   *
   * @param registry the registry to serve
   * @return the running server, on an ephemeral port of 127.0.0.1
   * @throws IOException if binding fails
   */
  public static IfrServer startTcpLoopback(FlowRegistry registry) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.INET);
    try {
      channel.bind(new InetSocketAddress("127.0.0.1", 0));
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    ServerLimits limits = ServerLimits.DEFAULTS;
    return start(
        channel,
        channel.getLocalAddress(),
        null,
        registry,
        limits,
        new BufferPool(limits.maxConnections()));
  }

  /** Starts a server on a bound channel; package-private so tests can pass failing parts. */
  static IfrServer start(
      ServerSocketChannel channel,
      SocketAddress address,
      Path file,
      FlowRegistry registry,
      ServerLimits limits,
      BufferPool buffers) {
    IfrServer s = new IfrServer(channel, address, file, registry, limits, buffers);
    long period = limits.checkPeriodNanos();
    s.deadlines.scheduleAtFixedRate(s::expireLateConnections, period, period, TimeUnit.NANOSECONDS);
    s.acceptor.start();
    return s;
  }

  /** Returns the address clients connect to. */
  public SocketAddress address() {
    return address;
  }

  /** Returns the limits in force. */
  public ServerLimits limits() {
    return limits;
  }

  /** Returns how many frames were answered MALFORMED, TOO_LARGE or with a bad version or opcode. */
  public long rejectedFrames() {
    return malformedFrames.get();
  }

  /** Returns how many connections were answered BUSY because every slot was taken. */
  public long refusedConnections() {
    return refusedConnections.get();
  }

  /** Returns how many connections were closed for missing the frame or idle timeout. */
  public long expiredConnections() {
    return expiredConnections.get();
  }

  /** Returns how many {@code accept} calls failed (the acceptor backed off and went on). */
  public long acceptFailures() {
    return acceptFailures.get();
  }

  /** Returns the connections being served now. */
  public int activeConnections() {
    return active.get();
  }

  /** Returns how many buffer sets were ever allocated (at most the maximum connections). */
  long buffersAllocated() {
    return buffers.allocated();
  }

  /**
   * Runs an action on the registry while holding the server's lock, so that it does not race with
   * requests (for tests and management).
   *
   * @param action what to do
   */
  public void withRegistry(Consumer<FlowRegistry> action) {
    synchronized (lock) {
      action.accept(registry);
    }
  }

  private void acceptLoop() {
    long backoff = 0;
    while (!closed) {
      SocketChannel client;
      try {
        client = server.accept();
        backoff = 0;
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException | RuntimeException e) {
        if (closed) {
          return;
        }
        acceptFailures.incrementAndGet();
        logOnce(acceptFailureLogged, "accept failed; backing off and retrying: " + e);
        backoff = Math.min(MAX_ACCEPT_BACKOFF_NANOS, Math.max(1_000_000L, 2 * backoff));
        LockSupport.parkNanos(backoff); // close() unparks
        continue;
      }
      admit(client);
    }
  }

  private void admit(SocketChannel client) {
    if (active.incrementAndGet() > limits.maxConnections()) {
      active.decrementAndGet();
      refusedConnections.incrementAndGet();
      refuse(client);
      return;
    }
    Connection connection = new Connection(client);
    open.add(connection);
    try {
      connections.execute(() -> serve(connection));
    } catch (RejectedExecutionException shuttingDown) {
      finish(connection, null);
    }
  }

  /** Answers BUSY without blocking the acceptor, then closes. */
  private static void refuse(SocketChannel client) {
    try (client) {
      client.configureBlocking(false);
      client.write(ByteBuffer.wrap(BUSY_FRAME));
    } catch (IOException e) {
      // the peer is gone or its buffer full: closing is enough
    }
  }

  private static byte[] busyFrame() {
    ByteBuffer frame = ByteBuffer.allocate(4 + IfrProtocol.HEADER_BYTES);
    RequestProcessor.errorFrame(frame, 0, Status.BUSY);
    byte[] bytes = new byte[frame.remaining()];
    frame.get(bytes);
    return bytes;
  }

  private void serve(Connection connection) {
    ConnectionBuffers set = null;
    try {
      set = buffers.acquire();
      new ConnectionLoop(connection, set, new RequestProcessor(registry, lock)).run();
    } catch (IOException e) {
      // the connection broke or missed its deadline; other connections are unaffected
    } catch (RuntimeException | OutOfMemoryError e) {
      logOnce(connectionFailureLogged, "a connection failed and was closed: " + e);
    } finally {
      finish(connection, set);
    }
  }

  private void finish(Connection connection, ConnectionBuffers set) {
    try {
      connection.channel.close();
    } catch (IOException e) {
      // already broken
    }
    open.remove(connection);
    active.decrementAndGet();
    if (set != null) {
      buffers.release(set);
    }
  }

  /**
   * The request loop of one connection. Reads are buffered: each read takes whatever the socket
   * holds, so a request usually costs one read call instead of two (length, then frame), and
   * pipelined requests are answered from the buffer.
   */
  private final class ConnectionLoop {
    private final Connection connection;
    private final SocketChannel client;
    private final ByteBuffer in;
    private final ByteBuffer out;
    private final RequestProcessor processor;
    private final long idleNanos = limits.idleTimeout().toNanos();
    private final long frameNanos = limits.frameTimeout().toNanos();

    ConnectionLoop(Connection connection, ConnectionBuffers set, RequestProcessor processor) {
      this.connection = connection;
      this.client = connection.channel;
      this.in = set.in;
      this.out = set.out;
      this.processor = processor;
      in.clear().flip(); // read mode, empty
    }

    void run() throws IOException {
      while (!closed) {
        if (in.hasRemaining()) {
          connection.frameBegun(System.nanoTime(), frameNanos); // pipelined: already here
        } else {
          connection.awaitingFrame(System.nanoTime(), idleNanos);
          if (!readMore()) {
            return; // clean end of stream between frames
          }
          connection.frameBegun(System.nanoTime(), frameNanos);
        }
        if (!buffered(4)) {
          return; // vanished mid-frame
        }
        int start = in.position();
        int length = in.getInt(start);
        if (length < IfrProtocol.HEADER_BYTES || length > IfrProtocol.MAX_FRAME_BYTES) {
          malformedFrames.incrementAndGet();
          Status status =
              length > IfrProtocol.MAX_FRAME_BYTES ? Status.TOO_LARGE : Status.MALFORMED;
          RequestProcessor.errorFrame(out, 0, status);
          writeFully(out);
          return; // the stream cannot be resynchronised
        }
        if (!buffered(4 + length)) {
          return;
        }
        answer(in.position(), length);
        writeFully(out);
      }
    }

    /** Processes the frame at {@code start}; the read buffer then starts after it. */
    private void answer(int start, int length) {
      int end = start + 4 + length;
      int received = in.limit();
      in.limit(end).position(start + 4);
      int version = in.get() & 0xFF;
      int code = in.get() & 0xFF;
      int requestId = in.getInt();
      processor.process(version, code, requestId, in, out);
      if (Status.of(out.get(5)).isProtocolError()) {
        malformedFrames.incrementAndGet();
      }
      in.limit(received).position(end);
    }

    /** Reads until at least {@code bytes} are buffered; false at end of stream. */
    private boolean buffered(int bytes) throws IOException {
      while (in.remaining() < bytes) {
        if (!readMore()) {
          return false;
        }
      }
      return true;
    }

    /** One read of whatever the socket has (at least one byte); false at end of stream. */
    private boolean readMore() throws IOException {
      in.compact();
      int read = client.read(in);
      in.flip();
      return read >= 0;
    }

    private void writeFully(ByteBuffer buffer) throws IOException {
      while (buffer.hasRemaining()) {
        client.write(buffer);
      }
    }
  }

  private void expireLateConnections() {
    long now = System.nanoTime();
    for (Connection connection : open) {
      if (connection.expireIfLate(now)) {
        expiredConnections.incrementAndGet();
      }
    }
  }

  private static void logOnce(AtomicBoolean logged, String message) {
    if (logged.compareAndSet(false, true)) {
      LOG.log(Level.WARNING, message + " (logged once per server)");
    }
  }

  /** Stops accepting, closes every connection, and removes the socket file. */
  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    LockSupport.unpark(acceptor);
    for (Connection c : open) {
      c.channel.close();
    }
    connections.shutdownNow();
    deadlines.shutdownNow();
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
