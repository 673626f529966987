package org.mfn.bench.integration;

import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.pipeline.BaselinePipeline;
import org.mfn.layers.pipeline.MfnPipeline;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Steady operation with many active flows, claim {@code integration.concurrent-flows} ("100,000+
 * concurrent flows"): a pipeline holding {@code flowCount} installed flows keeps handling packets
 * of all of them.
 *
 * <p>Every flow is installed through the slow path in {@code @Setup}; packets then draw flows
 * uniformly from the whole population (2^20 packets, IMIX), so the working set is every flow, not a
 * popular few. The score is packets/s; the auxiliary counters report, at the end of each iteration,
 * {@code activeFlows} (flows installed) and {@code lookupMisses} (packets whose flow was no longer
 * installed; 0 when the registry keeps them all). The claim reads {@code activeFlows} at 1,000,000
 * flows.
 *
 * <ul>
 *   <li>MFN: {@link MfnPipeline} sized for the population;
 *   <li>BASELINE: {@link BaselinePipeline}'s HashMap store holding the same flows and decisions.
 * </ul>
 *
 * <p>Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include FlowCapacity --baseline}, or
 * {@code main}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class FlowCapacityBenchmark {
  /** Packets per invocation. */
  static final int BURST = 256;

  /** Active flows. */
  @Param({"100000", "1000000"})
  public int flowCount;

  PipelineModels models;
  PipelineTopology topology;
  TracePackets packets;
  int[] allFlows;

  /** Builds the inputs once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    models = PipelineInputs.models();
    topology = PipelineInputs.topology();
    packets = PipelineInputs.trace(flowCount, PipelineInputs.PACKETS, "imix", 0.0);
    allFlows = PipelineInputs.allFlows(packets);
  }

  /** Per-thread position and routes. */
  @State(Scope.Thread)
  public static class Cursor {
    final int[] routes = new int[BURST];
    int position;

    int next() {
      int from = position & (PipelineInputs.PACKETS - 1);
      position += BURST;
      return from;
    }
  }

  /**
   * The MFN pipeline with every flow installed; its counters read the population at the end of each
   * iteration.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Mfn {
    /** Flows installed at the end of the iteration. */
    public long activeFlows;

    /** Packets of the iteration whose flow was not installed. */
    public long lookupMisses;

    MfnPipeline pipeline;
    private long missesBefore;

    @Setup(Level.Trial)
    public void setUp(FlowCapacityBenchmark b) {
      pipeline = MfnPipeline.of(b.packets, b.flowCount, b.models.copy(), b.topology);
      pipeline.warm(b.packets, b.allFlows, 0);
    }

    @Setup(Level.Iteration)
    public void start() {
      missesBefore = pipeline.misses();
    }

    @TearDown(Level.Iteration)
    public void read() {
      activeFlows = pipeline.activeFlows();
      lookupMisses = pipeline.misses() - missesBefore;
    }
  }

  /** The baseline store with every flow installed, with the MFN pipeline's decisions. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Baseline {
    /** Flows in the store at the end of the iteration. */
    public long activeFlows;

    /** Packets of the iteration whose flow was not in the store. */
    public long lookupMisses;

    BaselinePipeline pipeline;
    private long missesBefore;

    @Setup(Level.Trial)
    public void setUp(FlowCapacityBenchmark b) {
      MfnPipeline decider = MfnPipeline.of(b.packets, b.flowCount, b.models.copy(), b.topology);
      decider.warm(b.packets, b.allFlows, 0);
      // No route server: every flow is installed, so the slow path is never asked.
      pipeline = new BaselinePipeline(b.flowCount, b.models.copy(), b.topology, null);
      for (int flow : b.allFlows) {
        pipeline.install(b.packets, flow, decider.routeOf(b.packets, flow));
      }
    }

    @Setup(Level.Iteration)
    public void start() {
      missesBefore = pipeline.misses();
    }

    @TearDown(Level.Iteration)
    public void read() {
      activeFlows = pipeline.activeFlows();
      lookupMisses = pipeline.misses() - missesBefore;
    }
  }

  /** Ours: a burst over the whole population. */
  @Benchmark
  @OperationsPerInvocation(BURST)
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "integration.concurrent-flows",
      role = Role.MFN,
      implementation = "MfnPipeline")
  public long activeFlows(Mfn state, Cursor cursor) {
    int from = cursor.next();
    return state.pipeline.processBurst(packets, from, BURST, from, cursor.routes);
  }

  /** The traditional store over the same population. */
  @Benchmark
  @OperationsPerInvocation(BURST)
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "integration.concurrent-flows",
      role = Role.BASELINE,
      implementation = "BaselinePipeline (HashMap)")
  public long baseline(Baseline state, Cursor cursor) {
    int from = cursor.next();
    return state.pipeline.processBurst(packets, from, BURST, from, cursor.routes);
  }

  /**
   * Runs this class.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(FlowCapacityBenchmark.class, args);
  }
}
