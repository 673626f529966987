package org.mfn.bench.ifr;

import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.HeldForProbe;
import org.mfn.bench.Measures;
import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.baseline.FiveTupleKey;
import org.mfn.layers.baseline.HashMapFlowStore;
import org.mfn.layers.ifr.FlowRegistry;
import org.mfn.layers.ifr.MissHandler;
import org.mfn.layers.ifr.RegistryConfig;
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
 * Memory of {@code flowCount} active flows, measured: the bytes per flow of the registry against
 * the traditional store (the "memory < 1 GB for 100,000 flows" claim is the whole pipeline's, and
 * is judged once the integration layer measures it).
 *
 * <p>Each iteration builds the store from nothing and installs every flow (IPv4 keys from the
 * seeded generator); that build, and nothing else, is the measured operation, so the primary score
 * is the build time. After the iteration, outside the measured time, {@link
 * org.mfn.core.memory.HeapProbe#retainedBy} measures the heap the store retains: used heap after
 * full collections while the store is reachable, minus the same once it is dropped. Reported as JMH
 * secondary results {@code retainedBytes} and {@code perFlowBytes} (the runner reads the {@code
 * Bytes} suffix as the unit); the improvements table sets {@code perFlowBytes} side by side ({@code
 * alsoCompare}). The forks run the serial collector without TLABs, so that a full collection leaves
 * no per-thread buffer or concurrent-cycle slack in the used-heap figure.
 *
 * <ul>
 *   <li>MFN: {@link FlowRegistry} with capacity {@code flowCount} (table, records, Bloom filter,
 *       eviction state);
 *   <li>BASELINE: {@link HashMapFlowStore} (map entries, key objects, record objects).
 * </ul>
 *
 * <p>Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include FlowMemory --baseline}, or
 * {@code main}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseSerialGC", "-XX:-UseTLAB"})
@State(Scope.Benchmark)
public class FlowMemoryBenchmark {
  /** Active flows installed. */
  @Param({"100000", "1000000"})
  public int flowCount;

  long[] keyWords;
  FiveTupleKey[] keyObjects;

  /**
   * The store an iteration built and the heap it retains, probed when the iteration ends (JMH reads
   * auxiliary counters after the iteration's tear-down).
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Footprint {
    /** Heap retained by the whole store, bytes. */
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

  /** Builds the keys once; they are not part of either store's footprint. */
  @Setup(Level.Trial)
  public void setUp() {
    FlowKeySet keys = new FlowKeySet(flowCount, 42);
    keyWords = keys.present;
    keyObjects = new FiveTupleKey[flowCount];
    for (int i = 0; i < flowCount; i++) {
      keyObjects[i] = FiveTupleKey.of(keyWords, i * FlowKeySet.STRIDE, FlowKeyLayout.IPV4);
    }
  }

  /** Ours. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.memory",
      role = Role.MFN,
      implementation = "FlowRegistry",
      alsoCompare = "perFlowBytes")
  public FlowRegistry registry(Footprint footprint) {
    FlowRegistry registry =
        new FlowRegistry(
            RegistryConfig.of(FlowKeyLayout.IPV4, flowCount), MissHandler.NEVER_INSTALL);
    for (int i = 0; i < flowCount; i++) {
      registry.install(keyWords, i * FlowKeySet.STRIDE, i & 1023, i);
    }
    footprint.hold(registry, flowCount);
    return registry;
  }

  /** The traditional store; its key objects are part of its footprint, so each flow owns one. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.memory",
      role = Role.BASELINE,
      implementation = "HashMap<FiveTupleKey>")
  public HashMapFlowStore hashMapBaseline(Footprint footprint) {
    HashMapFlowStore store = new HashMapFlowStore(flowCount, key -> 0);
    for (int i = 0; i < flowCount; i++) {
      FiveTupleKey shared = keyObjects[i];
      FiveTupleKey own =
          new FiveTupleKey(
              shared.srcHigh(),
              shared.srcLow(),
              shared.dstHigh(),
              shared.dstLow(),
              shared.srcPort(),
              shared.dstPort(),
              shared.protocol(),
              shared.version());
      store.install(own, i & 1023);
    }
    footprint.hold(store, flowCount);
    return store;
  }

  /**
   * Runs this class.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(FlowMemoryBenchmark.class, args);
  }
}
