package org.mfn.bench.ifr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.flow.FlowKey;
import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.ifr.FlowRegistry;
import org.mfn.layers.ifr.MissHandler;
import org.mfn.layers.ifr.RegistryConfig;
import org.mfn.layers.ifr.ipc.IfrClient;
import org.mfn.layers.ifr.ipc.IfrServer;
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
 * Round trips of the IFR protocol: the "Unix socket round trip < 50 µs" claim.
 *
 * <p>Workload: an {@link IfrServer} holding {@code flowCount} IPv4 flows; one client thread sends a
 * LOOKUP of a random installed flow (a 27-byte frame, answered by 38 bytes) and waits for the
 * answer, or a BATCH_LOOKUP of 64 flows. In the same class, on the same machine and sizes:
 *
 * <ul>
 *   <li>MFN: the protocol over a Unix domain socket;
 *   <li>PEER: the same protocol over TCP loopback;
 *   <li>PEER: a bare ping-pong of 27 bytes out and 38 back over a Unix domain socket ({@link
 *       BareEchoServer}): the transport's floor, so that the protocol's own cost is the ratio.
 * </ul>
 *
 * <p>Sample mode gives JMH's latency distribution: JMH times a sample of the round trips itself and
 * reports p50 .. p99.9 with the score, so the measured method does nothing but the round trip (an
 * earlier version also read the clock and recorded into an HdrHistogram inside it, measuring twice
 * and adding both costs to every sample). Round trips are closed-loop, one request at a time, so
 * these are service times at a concurrency of one: there is no send schedule that coordinated
 * omission could distort. Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include
 * UnixSocketRoundTrip}, or {@code main}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class UnixSocketRoundTripBenchmark {
  private static final int LOOKUP_REQUEST_BYTES = 4 + 6 + 1 + 16;
  private static final int LOOKUP_RESPONSE_BYTES = 4 + 6 + 4 + 3 * 8;
  private static final int BATCH = 64;
  private static final int BATCHES = 256;

  /** Installed flows. */
  @Param({"100000"})
  public int flowCount;

  private Path socketDir;
  FlowKeySet keys;
  List<List<FlowKey>> batches;
  private IfrServer unixServer;
  private IfrServer tcpServer;
  private BareEchoServer bareServer;

  /** Starts the servers with the same flows installed. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    keys = new FlowKeySet(flowCount, 42);
    socketDir = Files.createTempDirectory(shortTempRoot(), "mfn-ifr");
    unixServer = IfrServer.startUnix(socketDir.resolve("ifr.sock"), filledRegistry());
    tcpServer = IfrServer.startTcpLoopback(filledRegistry());
    bareServer =
        BareEchoServer.startUnix(
            socketDir.resolve("bare.sock"), LOOKUP_REQUEST_BYTES, LOOKUP_RESPONSE_BYTES);
    batches = new ArrayList<>();
    for (int b = 0; b < BATCHES; b++) {
      List<FlowKey> batch = new ArrayList<>();
      for (int i = 0; i < BATCH; i++) {
        batch.add(
            FlowKeyLayout.IPV4.read(keys.presentQueries, FlowKeySet.queryOffset(b * BATCH + i)));
      }
      batches.add(batch);
    }
  }

  /** Unix socket paths are limited to about 100 bytes: keep the directory short. */
  private static Path shortTempRoot() {
    Path tmp = Path.of("/tmp");
    return Files.isDirectory(tmp) ? tmp : Path.of(System.getProperty("java.io.tmpdir"));
  }

  private FlowRegistry filledRegistry() {
    FlowRegistry registry =
        new FlowRegistry(
            RegistryConfig.of(FlowKeyLayout.IPV4, flowCount), MissHandler.NEVER_INSTALL);
    for (int i = 0; i < flowCount; i++) {
      registry.install(
          keys.present,
          i * FlowKeySet.STRIDE,
          ExactMatchRoutes.routeOf(keys.present, i * FlowKeySet.STRIDE),
          0);
    }
    return registry;
  }

  /** Stops the servers and removes the socket directory. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    unixServer.close();
    tcpServer.close();
    bareServer.close();
    Files.deleteIfExists(socketDir);
  }

  /** One thread's connections. */
  @State(Scope.Thread)
  public static class Connections {
    IfrClient unix;
    IfrClient tcp;
    BareEchoClient bare;

    /**
     * Connects to all three servers.
     *
     * @param bench the servers
     * @throws IOException if a connection fails
     */
    @Setup(Level.Trial)
    public void connect(UnixSocketRoundTripBenchmark bench) throws IOException {
      unix = IfrClient.connect(bench.unixServer.address(), Duration.ofSeconds(10));
      tcp = IfrClient.connect(bench.tcpServer.address(), Duration.ofSeconds(10));
      bare =
          new BareEchoClient(
              bench.bareServer.address(), LOOKUP_REQUEST_BYTES, LOOKUP_RESPONSE_BYTES);
    }

    /**
     * Closes the connections.
     *
     * @throws IOException if closing fails
     */
    @TearDown(Level.Trial)
    public void close() throws IOException {
      unix.close();
      tcp.close();
      bare.close();
    }
  }

  /** Ours: one LOOKUP over the Unix socket. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.ipc.lookup",
      role = Role.MFN,
      implementation = "IFR protocol, Unix socket")
  public int lookupUnix(Connections c, QueryCursor cursor) throws IOException {
    return c.unix.lookupRoute(
        keys.presentQueries, FlowKeySet.queryOffset(cursor.next()), FlowKeySet.STRIDE);
  }

  /** The same protocol over TCP loopback. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.ipc.lookup",
      role = Role.PEER,
      implementation = "IFR protocol, TCP loopback")
  public int lookupTcp(Connections c, QueryCursor cursor) throws IOException {
    return c.tcp.lookupRoute(
        keys.presentQueries, FlowKeySet.queryOffset(cursor.next()), FlowKeySet.STRIDE);
  }

  /** The transport floor: the same sizes with no protocol. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.ipc.lookup",
      role = Role.PEER,
      implementation = "bare ping-pong, Unix socket")
  public int bareUnix(Connections c) throws IOException {
    return c.bare.roundTrip();
  }

  /** Ours: a BATCH_LOOKUP of 64 flows over the Unix socket. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.ipc.batch64",
      role = Role.MFN,
      implementation = "IFR protocol, Unix socket")
  public int[] batchLookupUnix(Connections c, QueryCursor cursor) throws IOException {
    return c.unix.batchLookup(batches.get(cursor.next() & (BATCHES - 1)));
  }

  /** The batch over TCP loopback. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.ipc.batch64",
      role = Role.PEER,
      implementation = "IFR protocol, TCP loopback")
  public int[] batchLookupTcp(Connections c, QueryCursor cursor) throws IOException {
    return c.tcp.batchLookup(batches.get(cursor.next() & (BATCHES - 1)));
  }

  /**
   * Runs this class.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(UnixSocketRoundTripBenchmark.class, args);
  }
}
