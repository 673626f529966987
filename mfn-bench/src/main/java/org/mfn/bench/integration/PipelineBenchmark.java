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
import org.mfn.layers.pipeline.PipelineModels;
import org.mfn.layers.pipeline.PipelineTopology;
import org.mfn.layers.pipeline.StageTimes;
import org.mfn.layers.pipeline.TracePackets;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End-to-end latency of a new flow, claim {@code integration.end-to-end} ("under 5 ms"): the first
 * packet of a flow the pipeline has not seen, through IFR miss, DSR classification, ALM routing,
 * CPE forecast and IFR install, in sample mode (percentiles from JMH's histogram).
 *
 * <p>Cold: before each invocation (outside the measured time) the flow is removed and the slow
 * path's per-signature and per-interval caches are emptied, so every measured packet runs the LSTM
 * encoder, the prototype match, the route lookup and the LSTM forecast: the worst case, the one the
 * claim is judged on. Flows cycle through 100,000 IPv4 flows (Zipf 1.0 trace, no churn), every
 * other flow installed.
 *
 * <ul>
 *   <li>MFN: {@link MfnPipeline};
 *   <li>BASELINE: {@link BaselinePipeline} (HashMap store, naive cosine over the class means, route
 *       asked over HTTP/1.1 on loopback from a JDK {@code HttpServer}, seasonal naive forecast).
 * </ul>
 *
 * <p>The fast path of installed flows is measured here as the latency of bursts of {@value #BURST}
 * packets (percentiles), and as throughput in {@link PipelineThroughputBenchmark}. Run: {@code java
 * -jar mfn-runner/target/mfn-runner.jar --include 'PipelineBenchmark' --baseline}, or {@code main}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class PipelineBenchmark {
  /** Flows the measured packets cycle through: a power of two. */
  static final int NEW_FLOWS = 1 << 12;

  PipelineModels models;
  PipelineTopology topology;
  TracePackets packets;
  int[] firstPackets;

  /** Builds the inputs once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    models = PipelineInputs.models();
    topology = PipelineInputs.topology();
    packets = PipelineInputs.trace(100_000, 1 << 18, "imix", 1.0);
    // The first packet of each of NEW_FLOWS distinct flows, in trace order.
    firstPackets = new int[NEW_FLOWS];
    boolean[] seen = new boolean[packets.flowCount()];
    int n = 0;
    for (int p = 0; p < packets.packetCount() && n < NEW_FLOWS; p++) {
      int flow = packets.flowOf(p);
      if (!seen[flow]) {
        seen[flow] = true;
        firstPackets[n++] = p;
      }
    }
    if (n < NEW_FLOWS) {
      throw new IllegalStateException("the trace has only " + n + " distinct flows");
    }
  }

  /** The flow the next invocation handles, made new again before each invocation. */
  public abstract static class NewFlow {
    int cursor;
    int packet;

    int advance(PipelineBenchmark b) {
      packet = b.firstPackets[cursor++ & (NEW_FLOWS - 1)];
      return b.packets.flowOf(packet);
    }
  }

  /**
   * The MFN pipeline, half the flows installed; its counters are the iteration's decision-time
   * percentiles from the pipeline's own HdrHistogram.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Mfn extends NewFlow {
    /** Median slow-path decision time of the iteration (classify + route + predict), ns. */
    public long decisionP50Nanos;

    /** 99th percentile of it, ns. */
    public long decisionP99Nanos;

    /** 99.9th percentile of it, ns. */
    public long decisionP999Nanos;

    MfnPipeline pipeline;

    @Setup(Level.Iteration)
    public void startIteration() {
      pipeline.stageTimes().reset();
    }

    @TearDown(Level.Iteration)
    public void readPercentiles() {
      StageTimes t = pipeline.stageTimes();
      decisionP50Nanos = t.decisionPercentileNanos(50);
      decisionP99Nanos = t.decisionPercentileNanos(99);
      decisionP999Nanos = t.decisionPercentileNanos(99.9);
    }

    @Setup(Level.Trial)
    public void setUp(PipelineBenchmark b) {
      pipeline = MfnPipeline.of(b.packets, b.packets.flowCount(), b.models.copy(), b.topology);
      int[] even = new int[b.packets.flowCount() / 2];
      for (int i = 0; i < even.length; i++) {
        even[i] = 2 * i;
      }
      pipeline.warm(b.packets, even, 0);
    }

    /** Makes the next flow new: removed, and the slow path's caches empty. */
    @Setup(Level.Invocation)
    public void next(PipelineBenchmark b) {
      int flow = advance(b);
      pipeline.forgetFlow(b.packets, flow);
      pipeline.forgetCaches();
    }
  }

  /** The baseline pipeline and its route server; counters as {@link Mfn}'s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Baseline extends NewFlow {
    /** Median slow-path decision time of the iteration, ns. */
    public long decisionP50Nanos;

    /** 99th percentile of it, ns. */
    public long decisionP99Nanos;

    /** 99.9th percentile of it, ns. */
    public long decisionP999Nanos;

    BaselinePipeline pipeline;
    HttpRouteServer server;
    HttpRouteClient client;

    @Setup(Level.Iteration)
    public void startIteration() {
      pipeline.stageTimes().reset();
    }

    @TearDown(Level.Iteration)
    public void readPercentiles() {
      StageTimes t = pipeline.stageTimes();
      decisionP50Nanos = t.decisionPercentileNanos(50);
      decisionP99Nanos = t.decisionPercentileNanos(99);
      decisionP999Nanos = t.decisionPercentileNanos(99.9);
    }

    @Setup(Level.Trial)
    public void setUp(PipelineBenchmark b) throws Exception {
      server = HttpRouteServer.start(b.topology.routing(), 1);
      client = new HttpRouteClient(server.uri());
      pipeline = new BaselinePipeline(b.packets.flowCount(), b.models.copy(), b.topology, client);
    }

    /** Makes the next flow new. */
    @Setup(Level.Invocation)
    public void next(PipelineBenchmark b) {
      int flow = advance(b);
      pipeline.forgetFlow(b.packets, flow);
      pipeline.forgetCaches();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      client.close();
      server.close();
    }
  }

  /** Packets per fast-path burst: one burst takes microseconds, well above the timer's grain. */
  static final int BURST = 64;

  /**
   * A pipeline with every flow installed and a position in the trace: the fast path. Per-packet
   * latency of a hit (tens of nanoseconds) is below what a timer read per packet can resolve, so
   * the percentiles are of bursts of {@value #BURST} packets.
   */
  @State(Scope.Thread)
  public static class Installed {
    MfnPipeline mfn;
    BaselinePipeline baseline;
    HttpRouteServer server;
    HttpRouteClient client;
    final int[] routes = new int[BURST];
    int position;

    @Setup(Level.Trial)
    public void setUp(PipelineBenchmark b) throws Exception {
      int[] all = PipelineInputs.allFlows(b.packets);
      mfn = MfnPipeline.of(b.packets, b.packets.flowCount(), b.models.copy(), b.topology);
      mfn.warm(b.packets, all, 0);
      server = HttpRouteServer.start(b.topology.routing(), 1);
      client = new HttpRouteClient(server.uri());
      baseline = new BaselinePipeline(b.packets.flowCount(), b.models.copy(), b.topology, client);
      for (int flow : all) {
        baseline.install(b.packets, flow, mfn.routeOf(b.packets, flow));
      }
    }

    int nextBurst(PipelineBenchmark b) {
      int from = position & (b.packets.packetCount() - 1) & ~(BURST - 1);
      position += BURST;
      return from;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      client.close();
      server.close();
    }
  }

  /** Ours: a burst of packets of installed flows (the fast path). */
  @Benchmark
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "integration.fast-path-burst",
      role = Role.MFN,
      implementation = "MfnPipeline")
  public long fastPathBurst(Installed state) {
    int from = state.nextBurst(this);
    return state.mfn.processBurst(packets, from, BURST, from, state.routes) + state.routes[0];
  }

  /** The traditional fast path on the same bursts. */
  @Benchmark
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "integration.fast-path-burst",
      role = Role.BASELINE,
      implementation = "BaselinePipeline (HashMap)")
  public long baselineFastPathBurst(Installed state) {
    int from = state.nextBurst(this);
    return state.baseline.processBurst(packets, from, BURST, from, state.routes) + state.routes[0];
  }

  /** Ours: a new flow's first packet. */
  @Benchmark
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "integration.end-to-end",
      role = Role.MFN,
      implementation = "MfnPipeline")
  public int endToEnd(Mfn flow) {
    return flow.pipeline.process(packets, flow.packet, flow.packet);
  }

  /** The traditional pipeline: a new flow's first packet. */
  @Benchmark
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "integration.end-to-end",
      role = Role.BASELINE,
      implementation = "BaselinePipeline (HTTP route server)")
  public int baselineEndToEnd(Baseline flow) {
    return flow.pipeline.process(packets, flow.packet, flow.packet);
  }

  /**
   * Runs this class.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(PipelineBenchmark.class, args);
  }
}
