package org.mfn.bench.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.net.BareEchoClient;
import org.mfn.layers.net.BareEchoServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loopback round trip, TCP and Unix domain sockets: one client sends {@code messageBytes} and waits
 * for as many back from a bare echo server (no parsing), closed loop, in sample mode so that the
 * report has p50..p99.9 (JMH's histogram). The floor under every socket protocol of the suite.
 *
 * <p>Run with {@code --network-simulation}, {@code --include LoopbackRoundTrip}, or {@code main}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2)
@State(Scope.Thread)
public class LoopbackRoundTripBenchmark {
  /** Bytes each way. */
  @Param({"64"})
  public int messageBytes;

  BareEchoServer tcpServer;
  BareEchoServer unixServer;
  BareEchoClient tcp;
  BareEchoClient unix;
  Path directory;

  /** Starts both servers and connects both clients. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("mfn-net");
    tcpServer = BareEchoServer.startTcpLoopback(messageBytes, messageBytes);
    unixServer =
        BareEchoServer.startUnix(directory.resolve("echo.sock"), messageBytes, messageBytes);
    tcp = new BareEchoClient(tcpServer.address(), messageBytes, messageBytes);
    unix = new BareEchoClient(unixServer.address(), messageBytes, messageBytes);
  }

  /** Closes everything. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    tcp.close();
    unix.close();
    tcpServer.close();
    unixServer.close();
    Files.deleteIfExists(directory);
  }

  /** TCP on 127.0.0.1. */
  @Benchmark
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "net.loopback-round-trip",
      role = Role.MFN,
      implementation = "TCP 127.0.0.1")
  public int tcp() throws IOException {
    return tcp.roundTrip();
  }

  /** A Unix domain socket. */
  @Benchmark
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "net.loopback-round-trip",
      role = Role.PEER,
      implementation = "Unix domain socket")
  public int unixDomain() throws IOException {
    return unix.roundTrip();
  }

  /**
   * Runs this class.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(LoopbackRoundTripBenchmark.class, args);
  }
}
