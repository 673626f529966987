package org.mfn.bench.ifr;

import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.flow.FlowHasher;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.workload.FlowTrace;
import org.mfn.core.workload.FlowTraceGenerator;
import org.mfn.core.workload.TraceConfig;
import org.mfn.layers.baseline.ConcurrentFlowStore;
import org.mfn.layers.baseline.FiveTupleKey;
import org.mfn.layers.ifr.RegistryConfig;
import org.mfn.layers.ifr.ShardedFlowRegistry;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Packet processing from one and from two threads on one shared registry: throughput of the
 * thread-safe {@link ShardedFlowRegistry} against the traditional {@link ConcurrentFlowStore}
 * ({@code ConcurrentHashMap} with per-record locking).
 *
 * <p>Workload: the exact-match workload (Zipf 1.0 over {@code flowCount} IPv4 flows, IMIX, no
 * churn, all flows installed), each thread replaying the trace from its own position. Both start
 * from the packet's packed words; the traditional store builds its key object from them. The score
 * is packets per microsecond summed over the threads; on a 2-core machine the two-thread case also
 * competes with JMH's own threads, so read it as "does it scale", not as a peak rate. Run: {@code
 * java -jar mfn-runner/target/mfn-runner.jar --include ConcurrentRegistry --baseline}, or {@code
 * main}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class ConcurrentRegistryBenchmark {
  private static final int PACKETS = 1 << 20;

  /** Installed flows. */
  @Param({"100000"})
  public int flowCount;

  PacketStream stream;
  ShardedFlowRegistry sharded;
  ConcurrentFlowStore concurrentMap;

  /** Builds the trace and installs every flow in both stores. */
  @Setup(Level.Trial)
  public void setUp() {
    FlowTrace trace =
        FlowTraceGenerator.generate(TraceConfig.defaults(flowCount, PACKETS).withChurn(0));
    long[] keyWords = trace.keyWords();
    sharded =
        new ShardedFlowRegistry(
            RegistryConfig.of(trace.layout(), flowCount).withHasher(FlowHasher.seeded(42)),
            ShardedFlowRegistry.DEFAULT_SHARDS,
            ExactMatchRoutes::routeOf);
    concurrentMap = new ConcurrentFlowStore(flowCount, ExactMatchRoutes::routeOf);
    for (int flow = 0; flow < trace.distinctFlows(); flow++) {
      int offset = flow * trace.stride();
      sharded.install(keyWords, offset, ExactMatchRoutes.routeOf(keyWords, offset), 0);
      FiveTupleKey key = FiveTupleKey.of(keyWords, offset, trace.layout());
      concurrentMap.install(key, ExactMatchRoutes.routeOf(key));
    }
    stream = new PacketStream(trace);
  }

  private int sharded(QueryCursor cursor) {
    int p = stream.packet(cursor.next());
    return sharded.process(stream.words, stream.offset(p), stream.sizes[p], p);
  }

  private int concurrentMap(QueryCursor cursor) {
    int p = stream.packet(cursor.next());
    return concurrentMap.process(stream.keyObject(p), stream.sizes[p], p);
  }

  /** Ours, one thread. */
  @Benchmark
  @Threads(1)
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.concurrent.1-thread",
      role = Role.MFN,
      implementation = "ShardedFlowRegistry (16 shards)")
  public int shardedOneThread(QueryCursor cursor) {
    return sharded(cursor);
  }

  /** Ours, two threads. */
  @Benchmark
  @Threads(2)
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.concurrent.2-threads",
      role = Role.MFN,
      implementation = "ShardedFlowRegistry (16 shards)")
  public int shardedTwoThreads(QueryCursor cursor) {
    return sharded(cursor);
  }

  /** The traditional store, one thread. */
  @Benchmark
  @Threads(1)
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.concurrent.1-thread",
      role = Role.BASELINE,
      implementation = "ConcurrentHashMap<FiveTupleKey>")
  public int concurrentMapOneThread(QueryCursor cursor) {
    return concurrentMap(cursor);
  }

  /** The traditional store, two threads. */
  @Benchmark
  @Threads(2)
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.concurrent.2-threads",
      role = Role.BASELINE,
      implementation = "ConcurrentHashMap<FiveTupleKey>")
  public int concurrentMapTwoThreads(QueryCursor cursor) {
    return concurrentMap(cursor);
  }

  /**
   * Runs this class.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(ConcurrentRegistryBenchmark.class, args);
  }
}
