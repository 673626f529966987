package org.mfn.bench.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.net.StreamSender;
import org.mfn.layers.net.StreamSink;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Loopback stream throughput, TCP and Unix domain sockets: one sender writing {@code messageBytes}
 * messages to a sink that reads and discards them in another thread (the shape of {@code iperf3 -c
 * 127.0.0.1 -l SIZE}). The score is messages/s; the counter {@code transferredBits} is read as a
 * bit rate. No claim of the specification; it is the network context the integration figures sit
 * in, and the README compares it with iperf3 on the same machine.
 *
 * <p>Run with {@code --network-simulation} (loopback is the only network here), {@code --include
 * LoopbackThroughput}, or {@code main}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2)
@State(Scope.Thread)
public class LoopbackThroughputBenchmark {
  /** Bytes per message: iperf3's TCP default of 128 KiB, and a small 1 KiB message. */
  @Param({"131072", "1024"})
  public int messageBytes;

  StreamSink tcpSink;
  StreamSink unixSink;
  StreamSender tcp;
  StreamSender unix;
  Path directory;

  /** Starts both sinks and connects both senders. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("mfn-net");
    tcpSink = StreamSink.startTcpLoopback();
    unixSink = StreamSink.startUnix(directory.resolve("sink.sock"));
    tcp = new StreamSender(tcpSink.address(), messageBytes);
    unix = new StreamSender(unixSink.address(), messageBytes);
  }

  /** Bits written, a rate per second as the runner reads it. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bits {
    /** Bits of the messages written. */
    public long transferredBits;

    @Setup(Level.Iteration)
    public void clear() {
      transferredBits = 0;
    }
  }

  /** Closes everything. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    tcp.close();
    unix.close();
    tcpSink.close();
    unixSink.close();
    Files.deleteIfExists(directory);
  }

  /** TCP on 127.0.0.1. */
  @Benchmark
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "net.loopback-throughput",
      role = Role.MFN,
      implementation = "TCP 127.0.0.1")
  public int tcp(Bits bits) throws IOException {
    int n = tcp.send();
    bits.transferredBits += (long) n * Byte.SIZE;
    return n;
  }

  /** A Unix domain socket. */
  @Benchmark
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "net.loopback-throughput",
      role = Role.PEER,
      implementation = "Unix domain socket")
  public int unixDomain(Bits bits) throws IOException {
    int n = unix.send();
    bits.transferredBits += (long) n * Byte.SIZE;
    return n;
  }

  /**
   * Runs this class.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(LoopbackThroughputBenchmark.class, args);
  }
}
