package org.mfn.layers.ifr.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.flow.FlowKey;
import org.mfn.layers.ifr.RegistryInvariants;

/**
 * Sends more than 10,000 random and mutated frames to a live server while a well-formed client
 * keeps working on its own keys, then checks the registry against the well-formed client's model
 * and its own invariants.
 *
 * <p>Junk frames carry random keys, which collide with the model's keys with probability about
 * 2^-64 per pair, so whatever a mutated frame happens to do, the model's keys must be exactly as
 * the model says.
 */
class IfrServerFuzzTest {
  private static final int FRAMES = 12_000;
  @TempDir Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void randomAndMutatedFrames_leaveWellFormedClientsAndTheTableIntact() throws IOException {
    SplittableRandom random = new SplittableRandom(20261126);
    try (IfrServer server =
            IfrServer.startUnix(dir.resolve("fuzz.sock"), IpcFixtures.registry(50_000));
        IfrClient good = IfrClient.connect(server.address(), Duration.ofSeconds(5))) {
      List<FlowKey> modelKeys = new ArrayList<>();
      Map<FlowKey, Integer> model = new HashMap<>();
      for (int i = 0; i < 500; i++) {
        FlowKey key = IpcFixtures.randomKey(random);
        modelKeys.add(key);
        model.put(key, i);
        good.upsert(key, i);
      }
      Fuzzer fuzzer = new Fuzzer(server.address(), random);
      for (int frame = 0; frame < FRAMES; frame++) {
        fuzzer.sendOne();
        if (frame % 50 == 0) {
          exerciseGoodClient(good, modelKeys, model, random);
        }
      }
      fuzzer.close();
      assertThat(fuzzer.sent).isGreaterThanOrEqualTo(10_000);
      assertThat(fuzzer.reconnects).as("mutations that close the connection happened").isPositive();
      assertThat(server.rejectedFrames()).as("frames the server rejected").isPositive();

      for (FlowKey key : modelKeys) {
        Integer expected = model.get(key);
        assertThat(good.lookup(key).map(FlowEntry::routeId).orElse(null)).isEqualTo(expected);
      }
      server.withRegistry(RegistryInvariants::check);
      assertThat(good.stats().size()).isGreaterThanOrEqualTo(model.size());
    }
  }

  private static void exerciseGoodClient(
      IfrClient good, List<FlowKey> keys, Map<FlowKey, Integer> model, SplittableRandom random)
      throws IOException {
    FlowKey key = keys.get(random.nextInt(keys.size()));
    switch (random.nextInt(3)) {
      case 0:
        int route = random.nextInt(1_000_000);
        assertThat(good.upsert(key, route)).isEqualTo(!model.containsKey(key));
        model.put(key, route);
        break;
      case 1:
        assertThat(good.delete(key)).isEqualTo(model.remove(key) != null);
        break;
      default:
        assertThat(good.lookup(key).map(FlowEntry::routeId).orElse(null)).isEqualTo(model.get(key));
    }
    assertThat(good.ping(new byte[16])).isEqualTo(16);
  }

  /** A raw connection that sends junk and keeps the stream in step with the server. */
  private static final class Fuzzer {
    private final SocketAddress address;
    private final SplittableRandom random;
    private final ByteBuffer response = ByteBuffer.allocate(IfrProtocol.MAX_FRAME_BYTES + 4);
    private SocketChannel channel;
    int sent;
    int reconnects;

    Fuzzer(SocketAddress address, SplittableRandom random) throws IOException {
      this.address = address;
      this.random = random;
      this.channel = open();
    }

    private SocketChannel open() throws IOException {
      SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX);
      c.connect(address);
      return c;
    }

    void sendOne() throws IOException {
      byte[] frame = junkFrame();
      int declared = frame.length >= 4 ? ByteBuffer.wrap(frame).getInt() : -1;
      boolean complete = frame.length >= 4 && declared == frame.length - 4;
      boolean refusedLength =
          frame.length >= 4
              && (declared < IfrProtocol.HEADER_BYTES || declared > IfrProtocol.MAX_FRAME_BYTES);
      try {
        channel.write(ByteBuffer.wrap(frame));
        sent++;
        if (refusedLength || complete) {
          readResponse(); // the server answers; after a refused length it also hangs up
        }
      } catch (IOException e) {
        // the server hung up on an earlier refused frame: expected, reconnect below
        complete = false;
      }
      if (!complete || refusedLength) {
        channel.close(); // vanish mid-frame, or after a refused length
        channel = open();
        reconnects++;
      }
    }

    private void readResponse() throws IOException {
      response.clear().limit(4);
      readFully();
      int length = response.getInt(0);
      assertThat(length).isBetween(IfrProtocol.HEADER_BYTES, IfrProtocol.MAX_FRAME_BYTES);
      response.clear().limit(length);
      readFully();
      assertThat(Status.of(response.get(1))).isNotNull();
    }

    private void readFully() throws IOException {
      while (response.hasRemaining()) {
        if (channel.read(response) < 0) {
          throw new IOException("closed");
        }
      }
    }

    private byte[] junkFrame() {
      int kind = random.nextInt(10);
      if (kind < 2) {
        byte[] bytes = new byte[random.nextInt(48)];
        random.nextBytes(bytes);
        return bytes;
      }
      byte[] valid = validFrame();
      if (kind < 4) {
        return valid;
      }
      return mutate(valid);
    }

    private byte[] validFrame() {
      ByteBuffer b = ByteBuffer.allocate(4 + 6 + 2 + 5 * 41);
      Opcode op = Opcode.values()[random.nextInt(Opcode.values().length)];
      b.putInt(0).put((byte) IfrProtocol.VERSION).put((byte) op.code()).putInt(random.nextInt());
      long[] words = new long[5];
      int keys =
          op == Opcode.BATCH_LOOKUP
              ? 1 + random.nextInt(5)
              : op == Opcode.PING || op == Opcode.STATS ? 0 : 1;
      if (op == Opcode.BATCH_LOOKUP) {
        b.putShort((short) keys);
      }
      for (int k = 0; k < keys; k++) {
        FlowKey key = IpcFixtures.randomKey(random);
        key.copyWords(words, 0);
        IfrProtocol.putKey(b, words, 0, key.wordCount());
      }
      if (op == Opcode.UPSERT) {
        b.putInt(random.nextInt(1000));
      }
      if (op == Opcode.PING) {
        b.put(new byte[random.nextInt(32)]);
      }
      b.putInt(0, b.position() - 4);
      byte[] frame = new byte[b.position()];
      b.flip().get(frame);
      return frame;
    }

    private byte[] mutate(byte[] frame) {
      switch (random.nextInt(5)) {
        case 0: // flip bytes anywhere after the length
          for (int i = 0; i < 1 + random.nextInt(3); i++) {
            int at = 4 + random.nextInt(frame.length - 4);
            frame[at] ^= (byte) (1 + random.nextInt(255));
          }
          return frame;
        case 1: // truncate
          return Arrays.copyOf(frame, random.nextInt(frame.length));
        case 2: // a length that lies, in either direction
          ByteBuffer.wrap(frame).putInt(ByteBuffer.wrap(frame).getInt() + random.nextInt(-8, 9));
          return frame;
        case 3: // an absurd length
          int[] absurd = {
            -1, Integer.MIN_VALUE, 0, 5, IfrProtocol.MAX_FRAME_BYTES + 1, Integer.MAX_VALUE
          };
          ByteBuffer.wrap(frame).putInt(absurd[random.nextInt(absurd.length)]);
          return frame;
        default: // garbage appended inside the declared length
          byte[] longer = Arrays.copyOf(frame, frame.length + 1 + random.nextInt(16));
          for (int i = frame.length; i < longer.length; i++) {
            longer[i] = (byte) random.nextInt(256);
          }
          ByteBuffer.wrap(longer).putInt(longer.length - 4);
          return longer;
      }
    }

    void close() throws IOException {
      channel.close();
    }
  }
}
