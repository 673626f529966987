package org.mfn.bench.integration;

import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.HeldForProbe;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Memory of the whole pipeline holding {@code flowCount} active flows, claim {@code
 * integration.memory} ("under 1 GB for 100,000 flows").
 *
 * <p>Each iteration builds a pipeline from nothing (its topology and routing tables, its copy of
 * the trained models, its registry) and installs every flow through the slow path; that build is
 * the measured operation, so the score is the build time. After the iteration, outside the measured
 * time, {@link org.mfn.core.memory.HeapProbe#retainedBy} measures the heap the pipeline retains
 * (used heap after full collections while it is reachable, minus the same once dropped): secondary
 * results {@code retainedBytes} and {@code perFlowBytes}. The trace's keys and the training data
 * are inputs, not part of the footprint; the trained weights shared with the fixture are (a few
 * hundred KB) left out. The forks run the serial collector without TLABs, as {@code
 * FlowMemoryBenchmark}'s.
 *
 * <ul>
 *   <li>MFN: {@link MfnPipeline};
 *   <li>BASELINE: {@link BaselinePipeline} with the same flows and decisions in its HashMap store
 *       (its route server is another process's memory and is not counted).
 * </ul>
 *
 * <p>Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include PipelineMemory --baseline},
 * or {@code main}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseSerialGC", "-XX:-UseTLAB"})
@State(Scope.Benchmark)
public class PipelineMemoryBenchmark {
  /** Active flows. */
  @Param({"100000"})
  public int flowCount;

  PipelineModels models;
  TracePackets packets;
  int[] allFlows;
  int[] routes;

  /** Builds the inputs once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    models = PipelineInputs.models();
    packets = PipelineInputs.trace(flowCount, 1 << 16, "imix", 1.0);
    allFlows = PipelineInputs.allFlows(packets);
    MfnPipeline decider =
        MfnPipeline.of(packets, flowCount, models.copy(), PipelineInputs.topology());
    decider.warm(packets, allFlows, 0);
    routes = new int[flowCount];
    for (int flow : allFlows) {
      routes[flow] = decider.routeOf(packets, flow);
    }
  }

  /** The pipeline an iteration built and the heap it retains, probed after the iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Footprint {
    /** Heap retained by the whole pipeline, bytes. */
    public long retainedBytes;

    /** {@code retainedBytes / flows}. */
    public double perFlowBytes;

    private final HeldForProbe held = new HeldForProbe();

    void hold(Object built, int flowCount) {
      held.hold(built, flowCount);
    }

    /** Measures and then drops the structure, outside the measured time. */
    @TearDown(Level.Iteration)
    public void probe() {
      if (held.isEmpty()) {
        return;
      }
      retainedBytes = held.measureAndDrop();
      perFlowBytes = (double) retainedBytes / held.items();
    }
  }

  /** Ours: the whole pipeline with every flow installed. */
  @Benchmark
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "integration.memory",
      role = Role.MFN,
      implementation = "MfnPipeline",
      alsoCompare = "perFlowBytes")
  public MfnPipeline mfn(Footprint footprint) {
    MfnPipeline pipeline =
        MfnPipeline.of(packets, flowCount, models.copy(), PipelineInputs.topology());
    pipeline.warm(packets, allFlows, 0);
    footprint.hold(pipeline, flowCount);
    return pipeline;
  }

  /** The traditional pipeline holding the same flows. */
  @Benchmark
  @Measures(
      layer = Layer.INTEGRATION,
      subject = "integration.memory",
      role = Role.BASELINE,
      implementation = "BaselinePipeline (HashMap)")
  public BaselinePipeline baseline(Footprint footprint) {
    PipelineTopology topology = PipelineInputs.topology();
    BaselinePipeline pipeline = new BaselinePipeline(flowCount, models.copy(), topology, null);
    for (int flow : allFlows) {
      pipeline.install(packets, flow, routes[flow]);
    }
    footprint.hold(pipeline, flowCount);
    return pipeline;
  }

  /**
   * Runs this class.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(PipelineMemoryBenchmark.class, args);
  }
}
