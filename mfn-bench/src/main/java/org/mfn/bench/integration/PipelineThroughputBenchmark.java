package org.mfn.bench.integration;

import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.baseline.HttpRouteClient;
import org.mfn.layers.baseline.HttpRouteServer;
import org.mfn.layers.pipeline.BaselinePipeline;
import org.mfn.layers.pipeline.MfnPipeline;
import org.mfn.layers.pipeline.PassThroughPipeline;
import org.mfn.layers.pipeline.PipelineModels;
import org.mfn.layers.pipeline.PipelineTopology;
import org.mfn.layers.pipeline.TracePackets;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Pipeline throughput, claim {@code integration.throughput} ("40+ Gbps"): packets per second and
 * classified bits per second (the sizes of the packets classified, not bytes on a wire), on one and
 * on two threads, at 1,500-byte packets and at IMIX (64:7, 594:4, 1518:1; mean 353.8 bytes).
 *
 * <p>Workload: 100,000 IPv4 flows, Zipf 1.0 popularity, no churn, 2^20 packets read in bursts of
 * {@value #BURST} (the unit a receive queue hands over); every flow installed in {@code @Setup}, so
 * this is the steady state, the fast path (IFR hit). New flows are {@link PipelineBenchmark}'s
 * business. Two threads each run their own pipeline over their half of the flows (receive-side
 * scaling), sharing the read-only routing tables.
 *
 * <ul>
 *   <li>MFN: {@link MfnPipeline} (IFR registry lookup, cached route);
 *   <li>reference: {@link PassThroughPipeline}, the same handling without MFN work; the CPU-only
 *       overhead {@code passThrough / mfn - 1} is reported beside the claim, but the claim is
 *       judged on the forwarding path ({@link ForwardingPathBenchmark});
 *   <li>BASELINE: {@link BaselinePipeline}'s fast path (a {@code FiveTupleKey} per packet looked up
 *       in a {@code HashMap}).
 * </ul>
 *
 * <p>The score is packets/s; the auxiliary counter {@code classifiedBits} is read by the runner as
 * a bit rate ({@code ...Bits} counters are bits). Run: {@code java -jar
 * mfn-runner/target/mfn-runner.jar --include PipelineThroughput --baseline}, or {@code main}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class PipelineThroughputBenchmark {
  /** Packets per invocation. */
  static final int BURST = 256;

  /** Packet sizes: {@code 1500} bytes each, or {@code imix}. */
  @Param({"imix", "1500"})
  public String packetSizes;

  PipelineModels models;
  PipelineTopology topology;
  TracePackets packets;

  /** Builds the shared inputs once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    models = PipelineInputs.models();
    topology = PipelineInputs.topology();
    packets = PipelineInputs.trace(100_000, PipelineInputs.PACKETS, packetSizes, 1.0);
  }

  /** The bits classified, a rate per second as the runner reads it. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bits {
    /** Bits of the packets handled. */
    public long classifiedBits;

    @Setup(Level.Iteration)
    public void clear() {
      classifiedBits = 0;
    }
  }

  /**
   * One thread's packets and position: its partition of the flows, read whole in bursts (the last
   * partial burst is skipped), so that one and two threads walk the same packets.
   */
  public abstract static class Lane {
    TracePackets part;
    int[] routes = new int[BURST];
    int position;

    void split(PipelineThroughputBenchmark b, ThreadParams thread) {
      part = b.packets.partition(thread.getThreadCount(), thread.getThreadIndex());
      position = 0;
    }

    int nextBurst() {
      int from = position;
      position = from + 2 * BURST > part.packetCount() ? 0 : from + BURST;
      return from;
    }
  }

  /** A thread's MFN pipeline, every flow of its partition installed. */
  @State(Scope.Thread)
  public static class MfnLane extends Lane {
    MfnPipeline pipeline;

    @Setup(Level.Trial)
    public void setUp(PipelineThroughputBenchmark b, ThreadParams thread) {
      split(b, thread);
      pipeline = MfnPipeline.of(part, part.flowCount(), b.models.copy(), b.topology);
      pipeline.warm(part, part.distinctFlows(), 0);
    }
  }

  /** A thread's pass-through pipeline. */
  @State(Scope.Thread)
  public static class PassLane extends Lane {
    PassThroughPipeline pipeline;

    @Setup(Level.Trial)
    public void setUp(PipelineThroughputBenchmark b, ThreadParams thread) {
      split(b, thread);
      pipeline = new PassThroughPipeline(1);
    }
  }

  /**
   * A thread's baseline pipeline, every flow of its partition installed with the decision the MFN
   * pipeline makes (the two agree, which the pipeline tests check), so that the HTTP round trips of
   * installing 100,000 flows stay out of the setup.
   */
  @State(Scope.Thread)
  public static class BaselineLane extends Lane {
    BaselinePipeline pipeline;
    HttpRouteServer server;
    HttpRouteClient client;

    @Setup(Level.Trial)
    public void setUp(PipelineThroughputBenchmark b, ThreadParams thread) throws Exception {
      split(b, thread);
      server = HttpRouteServer.start(b.topology.routing(), 1);
      client = new HttpRouteClient(server.uri());
      pipeline = new BaselinePipeline(part.flowCount(), b.models.copy(), b.topology, client);
      MfnPipeline decider = MfnPipeline.of(part, part.flowCount(), b.models.copy(), b.topology);
      int[] flows = part.distinctFlows();
      decider.warm(part, flows, 0);
      for (int flow : flows) {
        pipeline.install(part, flow, decider.routeOf(part, flow));
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      client.close();
      server.close();
    }
  }

  /** Ours, one thread. */
  @Benchmark
  @OperationsPerInvocation(BURST)
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "integration.throughput",
      role = Role.MFN,
      implementation = "MfnPipeline")
  public long mfn(MfnLane lane, Bits bits) {
    return burst(lane.pipeline, lane, bits);
  }

  /** Ours, two threads, each with its own pipeline over half the flows. */
  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(BURST)
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "integration.throughput-2t",
      role = Role.MFN,
      implementation = "MfnPipeline x2")
  public long mfnTwoThreads(MfnLane lane, Bits bits) {
    return burst(lane.pipeline, lane, bits);
  }

  /** The reference of the CPU-only overhead, one thread. */
  @Benchmark
  @OperationsPerInvocation(BURST)
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "integration.throughput",
      role = Role.HARNESS,
      implementation = "PassThroughPipeline")
  public long passThrough(PassLane lane, Bits bits) {
    return burst(lane.pipeline, lane, bits);
  }

  /** The reference, two threads. */
  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(BURST)
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "integration.throughput-2t",
      role = Role.HARNESS,
      implementation = "PassThroughPipeline x2")
  public long passThroughTwoThreads(PassLane lane, Bits bits) {
    return burst(lane.pipeline, lane, bits);
  }

  /** The traditional fast path, one thread. */
  @Benchmark
  @OperationsPerInvocation(BURST)
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "integration.throughput",
      role = Role.BASELINE,
      implementation = "BaselinePipeline (HashMap)")
  public long baseline(BaselineLane lane, Bits bits) {
    return burst(lane.pipeline, lane, bits);
  }

  /** The traditional fast path, two threads. */
  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(BURST)
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "integration.throughput-2t",
      role = Role.BASELINE,
      implementation = "BaselinePipeline (HashMap) x2")
  public long baselineTwoThreads(BaselineLane lane, Bits bits) {
    return burst(lane.pipeline, lane, bits);
  }

  private static long burst(org.mfn.layers.pipeline.PacketPipeline pipeline, Lane lane, Bits bits) {
    int from = lane.nextBurst();
    long bytes = pipeline.processBurst(lane.part, from, BURST, from, lane.routes);
    bits.classifiedBits += bytes * Byte.SIZE;
    return bytes + lane.routes[BURST - 1];
  }

  /**
   * Runs this class.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(PipelineThroughputBenchmark.class, args);
  }
}
