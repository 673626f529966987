package org.mfn.layers.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamSinkTest {
  @TempDir Path dir;

  @Test
  void everyByteSentOverTcpOrAUnixSocket_isReceived() throws Exception {
    try (StreamSink tcpSink = StreamSink.startTcpLoopback();
        StreamSink unixSink = StreamSink.startUnix(dir.resolve("s.sock"));
        StreamSender tcp = new StreamSender(tcpSink.address(), 70_000);
        StreamSender unix = new StreamSender(unixSink.address(), 3)) {
      long sentTcp = 0;
      long sentUnix = 0;
      for (int i = 0; i < 50; i++) {
        sentTcp += tcp.send();
        sentUnix += unix.send();
      }
      assertThat(sentTcp).isEqualTo(50L * 70_000);
      assertThat(sentUnix).isEqualTo(150);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while ((tcpSink.received() < sentTcp || unixSink.received() < sentUnix)
          && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(tcpSink.received()).isEqualTo(sentTcp);
      assertThat(unixSink.received()).isEqualTo(sentUnix);
    }
  }

  @Test
  void sender_badMessageSize_isRejectedNamingIt() throws Exception {
    try (StreamSink sink = StreamSink.startTcpLoopback()) {
      assertThatThrownBy(() -> new StreamSender(sink.address(), 0)).hasMessageContaining(": 0");
    }
  }
}
