package org.mfn.bench.integration;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.pipeline.MfnPipeline;
import org.mfn.layers.pipeline.PipelineModels;
import org.mfn.layers.pipeline.PipelineTopology;
import org.mfn.layers.pipeline.TracePackets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The MFN overhead on the forwarding path, claim {@code integration.overhead} ("under 5%"):
 * datagrams received on a loopback UDP socket, classified and sent on to the next hop's socket,
 * with the MFN pipeline in the loop and without it.
 *
 * <p>Before each invocation (outside the measured time) a source socket queues a burst of {@value
 * #BURST} datagrams on the forwarder's socket; the measured operation receives each, reads its
 * header (the packed 5-tuple, 16 bytes, and the flow id that stands for the features a classifier
 * would read), decides its route, writes the route into the header and sends it on; after the
 * invocation the next hop's socket is drained. Datagram sizes follow the trace (1,500 bytes or
 * IMIX); 100,000 IPv4 flows, Zipf 1.0, every flow installed (the steady state).
 *
 * <ul>
 *   <li>MFN: {@link MfnPipeline} decides the route (IFR lookup);
 *   <li>reference: the same receive, header read and send with a fixed route.
 * </ul>
 *
 * <p>The claim's value is {@code passThrough / mfn - 1} in packets per second. Run: {@code java
 * -jar mfn-runner/target/mfn-runner.jar --include ForwardingPath}, or {@code main}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class ForwardingPathBenchmark {
  /** Datagrams per invocation; a burst fits in a default-sized socket receive buffer. */
  static final int BURST = 32;

  /** Header bytes: two key words and the flow id, then the route written by the forwarder. */
  static final int HEADER = 24;

  /** The route of every packet on the pass-through path. */
  static final int FIXED_ROUTE = 1;

  /** Packet sizes: {@code 1500} bytes each, or {@code imix}. */
  @Param({"imix", "1500"})
  public String packetSizes;

  PipelineModels models;
  PipelineTopology topology;
  TracePackets packets;
  MfnPipeline pipeline;
  DatagramChannel source;
  DatagramChannel forwarder;
  DatagramChannel nextHop;
  InetSocketAddress forwarderAddress;
  InetSocketAddress nextHopAddress;
  ByteBuffer outgoing;
  ByteBuffer buffer;
  ByteBuffer drain;
  final long[] key = new long[2];
  int position;

  /** Builds the pipeline and opens the three sockets. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    models = PipelineInputs.models();
    topology = PipelineInputs.topology();
    packets = PipelineInputs.trace(100_000, PipelineInputs.PACKETS, packetSizes, 1.0);
    if (packets.stride() != 2) {
      throw new IllegalStateException("the forwarding benchmark carries IPv4 keys (2 words)");
    }
    pipeline = MfnPipeline.of(packets, packets.flowCount(), models.copy(), topology);
    pipeline.warm(packets, packets.distinctFlows(), 0);
    source = open();
    forwarder = open();
    nextHop = open();
    nextHop.configureBlocking(false);
    forwarderAddress = (InetSocketAddress) forwarder.getLocalAddress();
    nextHopAddress = (InetSocketAddress) nextHop.getLocalAddress();
    outgoing = ByteBuffer.allocateDirect(65_536);
    buffer = ByteBuffer.allocateDirect(65_536);
    drain = ByteBuffer.allocateDirect(65_536);
  }

  private static DatagramChannel open() throws IOException {
    DatagramChannel channel = DatagramChannel.open();
    channel.setOption(StandardSocketOptions.SO_RCVBUF, 1 << 20);
    channel.setOption(StandardSocketOptions.SO_SNDBUF, 1 << 20);
    channel.bind(new InetSocketAddress("127.0.0.1", 0));
    return channel;
  }

  /** Queues the next burst of the trace on the forwarder's socket. */
  @Setup(Level.Invocation)
  public void queueBurst() throws IOException {
    for (int i = 0; i < BURST; i++) {
      int p = position++ & (PipelineInputs.PACKETS - 1);
      int flow = packets.flowOf(p);
      int offset = packets.keyOffset(flow);
      outgoing.clear();
      outgoing.putLong(packets.keyWords()[offset]);
      outgoing.putLong(packets.keyWords()[offset + 1]);
      outgoing.putInt(flow);
      outgoing.putInt(-1);
      outgoing.position(Math.max(HEADER, packets.sizeOf(p)));
      outgoing.flip();
      source.send(outgoing, forwarderAddress);
    }
  }

  /** Empties the next hop's socket. */
  @TearDown(Level.Invocation)
  public void drainNextHop() throws IOException {
    int drained = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (drained < BURST) {
      drain.clear();
      if (nextHop.receive(drain) != null) {
        drained++;
      } else if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the next hop received " + drained + " of " + BURST + " datagrams in 5 s (dropped)");
      } else {
        Thread.onSpinWait();
      }
    }
  }

  /** Closes the sockets. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    source.close();
    forwarder.close();
    nextHop.close();
  }

  /** Ours in the loop: receive, classify with the MFN pipeline, send on. */
  @Benchmark
  @OperationsPerInvocation(BURST)
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "integration.forwarding",
      role = Role.MFN,
      implementation = "UDP forwarder + MfnPipeline")
  public long mfn() throws IOException {
    long sum = 0;
    for (int i = 0; i < BURST; i++) {
      buffer.clear();
      forwarder.receive(buffer);
      int size = buffer.position();
      key[0] = buffer.getLong(0);
      key[1] = buffer.getLong(8);
      int route = pipeline.processKey(packets, key, 0, buffer.getInt(16), size, size);
      buffer.putInt(20, route);
      buffer.flip();
      forwarder.send(buffer, nextHopAddress);
      sum += route;
    }
    return sum;
  }

  /** The reference: the same forwarding with a fixed route, no MFN work. */
  @Benchmark
  @OperationsPerInvocation(BURST)
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "integration.forwarding",
      role = Role.HARNESS,
      implementation = "UDP forwarder, pass-through")
  public long passThrough() throws IOException {
    long sum = 0;
    for (int i = 0; i < BURST; i++) {
      buffer.clear();
      forwarder.receive(buffer);
      int size = buffer.position();
      key[0] = buffer.getLong(0);
      key[1] = buffer.getLong(8);
      int route = FIXED_ROUTE;
      buffer.putInt(20, route);
      buffer.flip();
      forwarder.send(buffer, nextHopAddress);
      sum += route + (key[0] ^ key[1] ^ buffer.getInt(16)) + size;
    }
    return sum;
  }

  /**
   * Runs this class.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(ForwardingPathBenchmark.class, args);
  }
}
