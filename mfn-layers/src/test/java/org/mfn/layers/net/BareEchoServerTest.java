package org.mfn.layers.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BareEchoServerTest {

  @Test
  void roundTrip_unixAndTcp_returnTheResponseSize(@TempDir Path dir) throws IOException {
    try (BareEchoServer unix = BareEchoServer.startUnix(dir.resolve("echo.sock"), 27, 38);
        BareEchoServer tcp = BareEchoServer.startTcpLoopback(27, 38);
        BareEchoClient a = new BareEchoClient(unix.address(), 27, 38);
        BareEchoClient b = new BareEchoClient(tcp.address(), 27, 38)) {
      for (int i = 0; i < 100; i++) {
        assertThat(a.roundTrip()).isEqualTo(38);
        assertThat(b.roundTrip()).isEqualTo(38);
      }
    }
  }
}
