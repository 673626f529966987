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
import org.mfn.layers.baseline.FiveTupleKey;
import org.mfn.layers.baseline.HashMapFlowStore;
import org.mfn.layers.baseline.SqliteFlowStore;
import org.mfn.layers.ifr.FlowRegistry;
import org.mfn.layers.ifr.RegistryConfig;
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
 * Exact match of trace packets against installed flows: the "exact flow match < 0.1 ms" claim, and
 * with the baseline the "88.6% latency reduction" claim.
 *
 * <p>Workload: the default trace generator's Zipf 1.0 popularity and IMIX sizes over {@code
 * flowCount} IPv4 flows, without churn, 2^20 packets replayed in order; every flow is installed in
 * setup, so every packet is a hit. Per packet each implementation starts from the same input, the
 * packet's packed key words and its size read in packet order ({@link PacketStream}), finds the
 * flow, counts the packet and its bytes, stamps the last-seen time and returns the cached route:
 *
 * <ul>
 *   <li>MFN: {@link FlowRegistry} (Bloom filter, Robin Hood table, row records), and the same
 *       registry without its Bloom filter;
 *   <li>BASELINE: {@link HashMapFlowStore}, a {@code HashMap} from a {@link FiveTupleKey} object to
 *       a mutable record object; {@link #hashMapBaseline} builds the key object from the packet's
 *       words, as the traditional store's caller must (the claim is judged on it), and {@link
 *       #hashMapPrebuiltKey} is handed a key object built before the run, to show what the object's
 *       construction costs;
 *   <li>HARNESS: {@link #baseline} reads the packet's words and size and nothing else.
 * </ul>
 *
 * <p>The registries' hash key is fixed ({@code FlowHasher.seeded(42)}) so that every fork probes
 * the same layout. The "clock" is the packet's position, identical for all, so no clock read is
 * measured. Records' counters grow during the run; the tables do not change shape, so the state
 * does not drift. Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include
 * FlowRegistryMatch --baseline}, or {@code main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class FlowRegistryMatchBenchmark {
  static final int PACKETS = 1 << 20;

  /** Installed flows (the Zipf population). */
  @Param({"100000"})
  public int flowCount;

  FlowTrace trace;
  PacketStream stream;
  FlowRegistry registry;
  FlowRegistry registryWithoutBloom;
  HashMapFlowStore hashMapStore;

  /** Generates the trace and installs every flow in every store. */
  @Setup(Level.Trial)
  public void setUp() {
    trace = FlowTraceGenerator.generate(TraceConfig.defaults(flowCount, PACKETS).withChurn(0));
    int stride = trace.stride();
    long[] words = trace.keyWords();
    RegistryConfig config =
        RegistryConfig.of(trace.layout(), flowCount).withHasher(FlowHasher.seeded(42));
    registry = new FlowRegistry(config, ExactMatchRoutes::routeOf);
    registryWithoutBloom = new FlowRegistry(config.withBloomFpp(0), ExactMatchRoutes::routeOf);
    hashMapStore = new HashMapFlowStore(flowCount, ExactMatchRoutes::routeOf);
    for (int flow = 0; flow < trace.distinctFlows(); flow++) {
      int route = ExactMatchRoutes.routeOf(words, flow * stride);
      registry.install(words, flow * stride, route, 0);
      registryWithoutBloom.install(words, flow * stride, route, 0);
      hashMapStore.install(FiveTupleKey.of(words, flow * stride, trace.layout()), route);
    }
    stream = new PacketStream(trace);
  }

  /** The harness alone: the packet's words and size, as every method reads them. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.exact-match",
      role = Role.HARNESS,
      implementation = "input fetch only")
  public long baseline(QueryCursor cursor) {
    int p = stream.packet(cursor.next());
    int offset = stream.offset(p);
    return stream.words[offset] ^ stream.words[offset + 1] ^ stream.sizes[p];
  }

  /** Ours. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.exact-match",
      role = Role.MFN,
      implementation = "FlowRegistry")
  public int registry(QueryCursor cursor) {
    int p = stream.packet(cursor.next());
    return registry.process(stream.words, stream.offset(p), stream.sizes[p], p);
  }

  /** Ours without the Bloom filter: shows what the filter costs when every packet hits. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.exact-match",
      role = Role.MFN,
      implementation = "FlowRegistry (no Bloom filter)")
  public int registryWithoutBloom(QueryCursor cursor) {
    int p = stream.packet(cursor.next());
    return registryWithoutBloom.process(stream.words, stream.offset(p), stream.sizes[p], p);
  }

  /** The traditional store, from the packet's words: the claim's reference. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.exact-match",
      role = Role.BASELINE,
      implementation = "HashMap<FiveTupleKey>")
  public int hashMapBaseline(QueryCursor cursor) {
    int p = stream.packet(cursor.next());
    return hashMapStore.process(stream.keyObject(p), stream.sizes[p], p);
  }

  /** The traditional store handed a key object built before the run. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.exact-match",
      role = Role.BASELINE,
      implementation = "HashMap<FiveTupleKey>, key object prebuilt")
  public int hashMapPrebuiltKey(QueryCursor cursor) {
    int p = stream.packet(cursor.next());
    return hashMapStore.process(stream.keyObjects[p], stream.sizes[p], p);
  }

  /**
   * The flow table in an SQLite file over JDBC, every flow installed; built only for the method
   * that uses it (a 100,000-row table takes about a second).
   */
  @State(Scope.Thread)
  public static class Database {
    SqliteFlowStore store;
    java.nio.file.Path directory;

    @Setup(Level.Trial)
    public void setUp(FlowRegistryMatchBenchmark b) throws Exception {
      directory = java.nio.file.Files.createTempDirectory("mfn-sqlite");
      store = new SqliteFlowStore(directory.resolve("flows.db"), key -> SqliteFlowStore.NO_ROUTE);
      FlowTrace trace = b.trace;
      int flows = trace.distinctFlows();
      FiveTupleKey[] keys = new FiveTupleKey[flows];
      int[] routes = new int[flows];
      for (int flow = 0; flow < flows; flow++) {
        int offset = flow * trace.stride();
        keys[flow] = FiveTupleKey.of(trace.keyWords(), offset, trace.layout());
        routes[flow] = ExactMatchRoutes.routeOf(trace.keyWords(), offset);
      }
      store.installAll(keys, routes);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      store.close();
      try (var files = java.nio.file.Files.list(directory)) {
        for (java.nio.file.Path f : files.toList()) {
          java.nio.file.Files.delete(f);
        }
      }
      java.nio.file.Files.delete(directory);
    }
  }

  /**
   * The flow table of a database-backed controller: a SELECT of the route and an UPDATE of the
   * counts per packet (--simulate-database of the baseline generator).
   */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.exact-match",
      role = Role.BASELINE,
      implementation = "SQLite over JDBC")
  public int sqliteBaseline(Database db, QueryCursor cursor) throws Exception {
    int p = stream.packet(cursor.next());
    return db.store.process(stream.keyObject(p), stream.sizes[p], p);
  }

  /**
   * Runs this class.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(FlowRegistryMatchBenchmark.class, args);
  }
}
