package org.mfn.layers.ifr.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.SelectorProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.flow.FlowHasher;
import org.mfn.core.flow.FlowKey;
import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.layers.ifr.CraftedKeys;
import org.mfn.layers.ifr.FlowRegistry;
import org.mfn.layers.ifr.MissHandler;
import org.mfn.layers.ifr.RegistryConfig;
import org.mfn.layers.ifr.RobinHoodFlowTable;

/** What an outside tester found a well-formed but hostile peer could do (issue 10). */
class IfrServerHostileTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  @TempDir Path dir;

  /** Polls a condition for up to 10 s: the deadline checker runs on its own clock. */
  private static void awaitTrue(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime() - deadline).as("waiting for " + what).isNegative();
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
  }

  private static SocketChannel rawConnect(SocketAddress address) throws IOException {
    return SocketChannel.open(address);
  }

  /** Reads one whole frame from a raw channel, or null if the server closed first. */
  private static ByteBuffer readFrame(SocketChannel channel) throws IOException {
    ByteBuffer length = ByteBuffer.allocate(4);
    while (length.hasRemaining()) {
      if (channel.read(length) < 0) {
        return null;
      }
    }
    ByteBuffer frame = ByteBuffer.allocate(length.getInt(0));
    while (frame.hasRemaining()) {
      if (channel.read(frame) < 0) {
        return null;
      }
    }
    return frame.flip();
  }

  private static boolean pingWorks(SocketAddress address) {
    try (IfrClient client = IfrClient.connect(address, TIMEOUT)) {
      return client.ping(new byte[4]) == 4;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void slowClientsHoldingEverySlot_areCutOffByTheFrameTimeout_andTheNextClientIsServed()
      throws IOException {
    ServerLimits limits = new ServerLimits(4, Duration.ofMillis(300), Duration.ofSeconds(30));
    try (IfrServer server =
        IfrServer.startUnix(dir.resolve("slow.sock"), IpcFixtures.registry(10), limits)) {
      List<SocketChannel> slowloris = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        SocketChannel c = rawConnect(server.address());
        c.write(ByteBuffer.wrap(new byte[] {0, 0})); // two bytes of a length field, then nothing
        slowloris.add(c);
      }
      awaitTrue("all four slots taken", () -> server.activeConnections() == 4);

      try (SocketChannel refused = rawConnect(server.address())) {
        ByteBuffer frame = readFrame(refused);
        assertThat(frame).as("a refused connection is told why").isNotNull();
        assertThat(frame.get(1)).isEqualTo((byte) Status.BUSY.code());
        assertThat(frame.getInt(2)).isZero();
        assertThat(refused.read(ByteBuffer.allocate(1))).isEqualTo(-1);
      }
      assertThat(server.refusedConnections()).isEqualTo(1);

      awaitTrue("a new client served", () -> pingWorks(server.address()));
      assertThat(server.expiredConnections()).isGreaterThanOrEqualTo(4);
      for (SocketChannel c : slowloris) {
        assertThat(c.read(ByteBuffer.allocate(8))).as("cut off without a response").isEqualTo(-1);
        c.close();
      }
    }
  }

  @Test
  void idleConnections_areClosedByTheIdleTimeout() throws IOException {
    ServerLimits limits = new ServerLimits(2, Duration.ofSeconds(30), Duration.ofMillis(300));
    try (IfrServer server =
            IfrServer.startUnix(dir.resolve("idle.sock"), IpcFixtures.registry(10), limits);
        SocketChannel idle1 = rawConnect(server.address());
        SocketChannel idle2 = rawConnect(server.address())) {
      awaitTrue("both slots taken", () -> server.activeConnections() == 2);
      assertThat(pingWorks(server.address())).isFalse();

      awaitTrue("a new client served", () -> pingWorks(server.address()));
      assertThat(idle1.read(ByteBuffer.allocate(8))).isEqualTo(-1);
      assertThat(idle2.read(ByteBuffer.allocate(8))).isEqualTo(-1);
    }
  }

  @Test
  void clientThatStopsReadingResponses_isCutOffByTheFrameTimeout() throws IOException {
    ServerLimits limits = new ServerLimits(4, Duration.ofMillis(300), Duration.ofSeconds(30));
    try (IfrServer server =
            IfrServer.startUnix(dir.resolve("nord.sock"), IpcFixtures.registry(10), limits);
        SocketChannel greedy = rawConnect(server.address())) {
      // Pipeline 64 KiB pings without reading a byte: the socket buffers fill, the server's
      // write blocks, and the frame deadline must free the connection.
      ByteBuffer ping = ByteBuffer.allocate(4 + 6 + 60_000);
      ping.putInt(6 + 60_000).put((byte) 1).put((byte) 1).putInt(1).position(ping.capacity());
      greedy.configureBlocking(false);
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      while (System.nanoTime() < until && server.expiredConnections() == 0) {
        ping.flip();
        try {
          greedy.write(ping);
        } catch (IOException closedByTheServer) {
          break; // the cut can land between the check above and this write (EPIPE): fine
        }
        ping.position(ping.limit()).limit(ping.capacity());
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
      }
      awaitTrue("the greedy connection expired", () -> server.expiredConnections() >= 1);
      awaitTrue("its slot released", () -> server.activeConnections() == 0);
    }
  }

  @Test
  void connectionChurn_reusesBufferSets() throws IOException {
    try (IfrServer server =
        IfrServer.startUnix(dir.resolve("churn.sock"), IpcFixtures.registry(10))) {
      for (int i = 0; i < 300; i++) {
        try (IfrClient client = IfrClient.connect(server.address(), TIMEOUT)) {
          assertThat(client.ping(new byte[2])).isEqualTo(2);
        }
      }
      awaitTrue("all connections finished", () -> server.activeConnections() == 0);
      // One set serves sequential clients; a second at most when a new client arrives before the
      // previous connection's thread has returned its set.
      assertThat(server.buffersAllocated()).isLessThanOrEqualTo(4);
    }
  }

  @Test
  void bufferAllocationFailure_closesOnlyThatConnection_andFreesItsSlot() throws IOException {
    AtomicInteger allocations = new AtomicInteger();
    BufferPool failingOnce =
        new BufferPool(
            4,
            size -> {
              if (allocations.getAndIncrement() == 0) {
                throw new OutOfMemoryError("Direct buffer memory (injected)");
              }
              return ByteBuffer.allocateDirect(size);
            });
    Path path = dir.resolve("oom.sock");
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    channel.bind(UnixDomainSocketAddress.of(path));
    try (IfrServer server =
        IfrServer.start(
            channel,
            UnixDomainSocketAddress.of(path),
            path,
            IpcFixtures.registry(10),
            new ServerLimits(1, Duration.ofSeconds(5), Duration.ofSeconds(30)),
            failingOnce)) {
      try (IfrClient first = IfrClient.connect(server.address(), TIMEOUT)) {
        // closed, or reset when the close found the ping unread
        assertThatThrownBy(() -> first.ping(new byte[1])).isInstanceOf(IOException.class);
      }
      awaitTrue("the slot released", () -> server.activeConnections() == 0);
      assertThat(pingWorks(server.address())).as("the only slot is free again").isTrue();
    }
  }

  @Test
  void acceptFailures_areSurvived() throws IOException {
    Path path = dir.resolve("emfile.sock");
    ServerSocketChannel real = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    real.bind(UnixDomainSocketAddress.of(path));
    FailingAcceptChannel flaky = new FailingAcceptChannel(real, 3);
    try (IfrServer server =
        IfrServer.start(
            flaky,
            UnixDomainSocketAddress.of(path),
            path,
            IpcFixtures.registry(10),
            ServerLimits.DEFAULTS,
            new BufferPool(4))) {
      assertThat(pingWorks(server.address())).isTrue();
      assertThat(server.acceptFailures()).isEqualTo(4); // three IOExceptions, one RuntimeException
      assertThat(pingWorks(server.address())).isTrue();
    }
  }

  @Test
  void socketAndNewParentDirectories_areOwnerOnly_noPrivateBindDirectoryLeft() throws IOException {
    Path socket = dir.resolve("a").resolve("b").resolve("ifr.sock");
    try (IfrServer server = IfrServer.startUnix(socket, IpcFixtures.registry(10))) {
      assertThat(Files.getPosixFilePermissions(dir.resolve("a")))
          .isEqualTo(PosixFilePermissions.fromString("rwx------"));
      assertThat(Files.getPosixFilePermissions(socket.getParent()))
          .isEqualTo(PosixFilePermissions.fromString("rwx------"));
      assertThat(Files.getPosixFilePermissions(socket))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      try (Stream<Path> entries = Files.list(socket.getParent())) {
        assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("ifr.sock");
      }
      assertThat(pingWorks(server.address())).isTrue();
    }
  }

  @Test
  void craftedCollidingUpserts_areRefused_tableStaysBounded_serverKeepsServing()
      throws IOException {
    FlowHasher known = FlowHasher.seeded(31);
    FlowRegistry registry =
        new FlowRegistry(
            RegistryConfig.of(FlowKeyLayout.IPV4, 100_000).withHasher(known),
            MissHandler.NEVER_INSTALL);
    int slots = registry.tableCapacity();
    long[] crafted = CraftedKeys.sameHomeSlot(known, slots, 300);
    try (IfrServer server = IfrServer.startUnix(dir.resolve("flood.sock"), registry);
        IfrClient client = IfrClient.connect(server.address(), TIMEOUT)) {
      int refused = 0;
      for (int i = 0; i < 300; i++) {
        FlowKey key = FlowKeyLayout.IPV4.read(crafted, 2 * i);
        try {
          client.upsert(key, 1);
        } catch (IfrClientException e) {
          assertThat(e).hasMessageContaining("REFUSED");
          refused++;
        }
      }
      assertThat(refused).isEqualTo(300 - RobinHoodFlowTable.MAX_PROBE_DISTANCE);
      assertThat(client.stats().refusedInstalls()).isEqualTo(refused);
      assertThat(client.ping(new byte[3])).isEqualTo(3);
      server.withRegistry(r -> assertThat(r.tableCapacity()).isEqualTo(slots));
    }
  }

  /** A server channel whose accept fails {@code ioFailures} times, then once unexpectedly. */
  private static final class FailingAcceptChannel extends ServerSocketChannel {
    private final ServerSocketChannel real;
    private int failuresLeft;

    FailingAcceptChannel(ServerSocketChannel real, int ioFailures) {
      super(SelectorProvider.provider());
      this.real = real;
      this.failuresLeft = ioFailures + 1;
    }

    @Override
    public SocketChannel accept() throws IOException {
      if (failuresLeft > 1) {
        failuresLeft--;
        throw new IOException("Too many open files (injected)");
      }
      if (failuresLeft == 1) {
        failuresLeft--;
        throw new IllegalStateException("unexpected (injected)");
      }
      return real.accept();
    }

    @Override
    public ServerSocketChannel bind(SocketAddress local, int backlog) throws IOException {
      real.bind(local, backlog);
      return this;
    }

    @Override
    public <T> ServerSocketChannel setOption(SocketOption<T> name, T value) throws IOException {
      real.setOption(name, value);
      return this;
    }

    @Override
    public <T> T getOption(SocketOption<T> name) throws IOException {
      return real.getOption(name);
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
      return real.supportedOptions();
    }

    @Override
    public ServerSocket socket() {
      return real.socket();
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
      return real.getLocalAddress();
    }

    @Override
    protected void implCloseSelectableChannel() throws IOException {
      real.close();
    }

    @Override
    protected void implConfigureBlocking(boolean block) throws IOException {
      real.configureBlocking(block);
    }
  }
}
