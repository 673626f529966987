package org.mfn.layers.ifr.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.flow.FlowKey;
import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.layers.ifr.FlowRegistry;
import org.mfn.layers.ifr.MissHandler;
import org.mfn.layers.ifr.RegistryConfig;
import org.mfn.layers.ifr.RegistryStats;

class IfrServerTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  @TempDir Path dir;

  @Test
  void everyMessage_roundTripsOverTheSocket() throws IOException {
    FlowKey v4 = FlowKey.parse("10.0.0.1:443 -> 10.0.0.2:51000 tcp");
    FlowKey v6 = FlowKey.parse("[2001:db8::1]:53 -> [2001:db8::2]:5353 udp");
    try (IfrServer server =
            IfrServer.startUnix(dir.resolve("ifr.sock"), IpcFixtures.registry(100));
        IfrClient client = IfrClient.connect(server.address(), TIMEOUT)) {
      assertThat(client.ping(new byte[] {1, 2, 3})).isEqualTo(3);
      assertThat(client.lookup(v4)).isEmpty();
      assertThat(client.upsert(v4, 7)).isTrue();
      assertThat(client.upsert(v4, 8)).isFalse();
      assertThat(client.upsert(v6, 9)).isTrue();
      Optional<FlowEntry> entry = client.lookup(v4);
      assertThat(entry).isPresent();
      assertThat(entry.get().routeId()).isEqualTo(8);
      assertThat(entry.get().packets()).isZero();
      long[] words = new long[5];
      v6.copyWords(words, 0);
      assertThat(client.lookupRoute(words, 0, 5)).isEqualTo(9);
      assertThat(client.batchLookup(List.of(v4, FlowKey.ipv4(1, 2, 3, 4, 6), v6)))
          .containsExactly(8, -1, 9);
      RegistryStats stats = client.stats();
      assertThat(stats.size()).isEqualTo(2);
      assertThat(stats.capacity()).isEqualTo(100);
      assertThat(stats.installs()).isEqualTo(2);
      assertThat(client.delete(v4)).isTrue();
      assertThat(client.delete(v4)).isFalse();
      assertThat(client.lookup(v4)).isEmpty();
    }
  }

  @Test
  void keyEncoding_roundTripsIpv4AndIpv6() {
    SplittableRandom random = new SplittableRandom(5);
    ByteBuffer buffer = ByteBuffer.allocate(64);
    long[] words = new long[5];
    long[] decoded = new long[5];
    for (int i = 0; i < 1000; i++) {
      FlowKey key = IpcFixtures.randomKey(random);
      key.copyWords(words, 0);
      buffer.clear();
      IfrProtocol.putKey(buffer, words, 0, key.wordCount());
      buffer.flip();
      int count = IfrProtocol.getKey(buffer, decoded);
      assertThat(FlowKey.fromWords(decoded, 0, count)).isEqualTo(key);
      assertThat(buffer.hasRemaining()).isFalse();
    }
  }

  @Test
  void ipv4Registry_refusesIpv6UpsertButStaysUsable() throws IOException {
    FlowRegistry v4Only =
        new FlowRegistry(RegistryConfig.of(FlowKeyLayout.IPV4, 10), MissHandler.NEVER_INSTALL);
    FlowKey v6 = FlowKey.parse("[::1]:1 -> [::2]:2 tcp");
    try (IfrServer server = IfrServer.startUnix(dir.resolve("v4.sock"), v4Only);
        IfrClient client = IfrClient.connect(server.address(), TIMEOUT)) {
      assertThatThrownBy(() -> client.upsert(v6, 1)).hasMessageContaining("MALFORMED");
      assertThat(client.lookup(v6)).isEmpty();
      assertThat(client.upsert(FlowKey.ipv4(1, 2, 3, 4, 6), 1)).isTrue();
    }
  }

  @Test
  void socketFile_isOwnerOnlyAndRemovedOnClose() throws IOException {
    Path socket = dir.resolve("perm.sock");
    try (IfrServer server = IfrServer.startUnix(socket, IpcFixtures.registry(10))) {
      assertThat(Files.getPosixFilePermissions(socket))
          .containsExactlyInAnyOrder(
              PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
    assertThat(socket).doesNotExist();
  }

  @Test
  void staleSocketFile_isReplaced() throws IOException {
    Path socket = dir.resolve("stale.sock");
    // A server that died without cleaning up: bound, closed, file left behind.
    ServerSocketChannel crashed = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    crashed.bind(UnixDomainSocketAddress.of(socket));
    crashed.close();
    assertThat(socket).exists();

    try (IfrServer server = IfrServer.startUnix(socket, IpcFixtures.registry(10));
        IfrClient client = IfrClient.connect(server.address(), TIMEOUT)) {
      assertThat(client.ping(new byte[8])).isEqualTo(8);
    }
  }

  @Test
  void liveServerOrRegularFileOnThePath_isNotTakenOver() throws IOException {
    Path socket = dir.resolve("live.sock");
    try (IfrServer first = IfrServer.startUnix(socket, IpcFixtures.registry(10))) {
      assertThatThrownBy(() -> IfrServer.startUnix(socket, IpcFixtures.registry(10)))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("already listening");
    }
    Path file = Files.writeString(dir.resolve("plain"), "data");
    assertThatThrownBy(() -> IfrServer.startUnix(file, IpcFixtures.registry(10)))
        .hasMessageContaining("not a socket");
    assertThat(file).hasContent("data");
  }

  @Test
  void silentServer_clientTimesOut() throws IOException {
    Path socket = dir.resolve("silent.sock");
    try (ServerSocketChannel silent = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      silent.bind(UnixDomainSocketAddress.of(socket));
      try (IfrClient client =
          IfrClient.connect(UnixDomainSocketAddress.of(socket), Duration.ofMillis(50))) {
        assertThatThrownBy(() -> client.ping(new byte[1]))
            .isInstanceOf(IfrClientException.class)
            .hasMessageContaining("timed out");
      }
    }
  }

  @Test
  void tcpLoopback_speaksTheSameProtocol() throws IOException {
    try (IfrServer server = IfrServer.startTcpLoopback(IpcFixtures.registry(10));
        IfrClient client = IfrClient.connect(server.address(), TIMEOUT)) {
      FlowKey key = FlowKey.ipv4(1, 2, 3, 4, 17);
      assertThat(client.upsert(key, 3)).isTrue();
      assertThat(client.lookup(key).map(FlowEntry::routeId)).contains(3);
    }
  }

  @Test
  void badFrames_getTheirStatus_andTheConnectionLivesWhereItCan() throws IOException {
    try (IfrServer server = IfrServer.startUnix(dir.resolve("bad.sock"), IpcFixtures.registry(10));
        IfrClient client = IfrClient.connect(server.address(), TIMEOUT)) {
      assertThat(client.sendRaw(frame(2, 1, 1))).isEqualTo(Status.UNSUPPORTED_VERSION.code());
      assertThat(client.sendRaw(frame(1, 99, 2))).isEqualTo(Status.UNKNOWN_OPCODE.code());
      assertThat(client.sendRaw(frame(1, Opcode.LOOKUP.code(), 3, 7)))
          .isEqualTo(Status.MALFORMED.code());
      assertThat(client.sendRaw(frame(1, Opcode.STATS.code(), 4, 0)))
          .isEqualTo(Status.MALFORMED.code());
      assertThat(client.ping(new byte[4])).isEqualTo(4); // still connected
      byte[] huge = ByteBuffer.allocate(4).putInt(Integer.MAX_VALUE).array();
      assertThat(client.sendRaw(huge)).isEqualTo(Status.TOO_LARGE.code());
      assertThatThrownBy(() -> client.ping(new byte[1])).isInstanceOf(IOException.class); // closed
    }
  }

  @Test
  void negativeLength_isMalformedAndClosesOnlyThatConnection() throws IOException {
    try (IfrServer server = IfrServer.startUnix(dir.resolve("neg.sock"), IpcFixtures.registry(10));
        IfrClient bad = IfrClient.connect(server.address(), TIMEOUT);
        IfrClient good = IfrClient.connect(server.address(), TIMEOUT)) {
      assertThat(bad.sendRaw(ByteBuffer.allocate(4).putInt(-5).array()))
          .isEqualTo(Status.MALFORMED.code());
      assertThat(good.ping(new byte[2])).isEqualTo(2);
      assertThat(server.rejectedFrames()).isEqualTo(1);
    }
  }

  /** A frame with the given header and raw payload bytes. */
  static byte[] frame(int version, int code, int id, int... payload) {
    ByteBuffer b = ByteBuffer.allocate(4 + 6 + payload.length);
    b.putInt(6 + payload.length).put((byte) version).put((byte) code).putInt(id);
    for (int p : payload) {
      b.put((byte) p);
    }
    return b.array();
  }

  private static byte[] ping(int requestId, int payloadBytes) {
    ByteBuffer frame = ByteBuffer.allocate(4 + IfrProtocol.HEADER_BYTES + payloadBytes);
    frame.putInt(IfrProtocol.HEADER_BYTES + payloadBytes).put((byte) 1).put((byte) 1);
    frame.putInt(requestId);
    return frame.array();
  }

  private static ByteBuffer readResponse(SocketChannel channel) throws IOException {
    ByteBuffer length = ByteBuffer.allocate(4);
    while (length.hasRemaining()) {
      assertThat(channel.read(length)).isNotNegative();
    }
    ByteBuffer frame = ByteBuffer.allocate(length.getInt(0));
    while (frame.hasRemaining()) {
      assertThat(channel.read(frame)).isNotNegative();
    }
    return frame.flip();
  }

  @Test
  void pipelinedFramesInOneWrite_areAnsweredInOrder() throws IOException {
    try (IfrServer server =
            IfrServer.startUnix(dir.resolve("pipe.sock"), IpcFixtures.registry(10));
        SocketChannel raw = SocketChannel.open(server.address())) {
      ByteBuffer three = ByteBuffer.allocate(3 * 20);
      three.put(ping(7, 10)).put(ping(8, 10)).put(ping(9, 10)).flip();
      while (three.hasRemaining()) {
        raw.write(three);
      }
      for (int id = 7; id <= 9; id++) {
        ByteBuffer response = readResponse(raw);
        assertThat(response.get(1)).isEqualTo((byte) Status.OK.code());
        assertThat(response.getInt(2)).isEqualTo(id);
        assertThat(response.remaining()).isEqualTo(IfrProtocol.HEADER_BYTES + 10);
      }
    }
  }

  @Test
  void frameSentOneByteAtATime_isAnswered() throws IOException {
    try (IfrServer server =
            IfrServer.startUnix(dir.resolve("drip.sock"), IpcFixtures.registry(10));
        SocketChannel raw = SocketChannel.open(server.address())) {
      byte[] frame = ping(42, 300);
      for (byte b : frame) {
        raw.write(ByteBuffer.wrap(new byte[] {b}));
      }
      ByteBuffer response = readResponse(raw);
      assertThat(response.getInt(2)).isEqualTo(42);
      assertThat(response.remaining()).isEqualTo(IfrProtocol.HEADER_BYTES + 300);
    }
  }
}
