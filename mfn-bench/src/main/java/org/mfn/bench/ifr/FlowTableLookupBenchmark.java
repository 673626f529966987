package org.mfn.bench.ifr;

import static org.mfn.core.flow.FlowKeyLayout.IPV4;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.flow.FlowHasher;
import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.baseline.FiveTupleKey;
import org.mfn.layers.ifr.RobinHoodFlowTable;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exact-match lookup of an IPv4 5-tuple: the "hash lookup < 50 ns" claim.
 *
 * <p>Workload: {@code flowCount} distinct keys from the seeded trace generator, looked up in a
 * uniformly random precomputed order; hits query present keys, misses query keys that were never
 * inserted. Every implementation starts from the same input, the query's packed key words read in
 * query order from one array (a caller holding a parsed packet header), and does all the work from
 * those words to the value:
 *
 * <ul>
 *   <li>MFN: {@link RobinHoodFlowTable} hashes the words with its keyed {@link FlowHasher} and
 *       compares the full tuple;
 *   <li>BASELINE: {@link HashMap} keyed by a {@link FiveTupleKey} record, built from the words in
 *       the measured method as such a caller must (escape analysis may remove the allocation: see
 *       {@code gc.alloc.rate.norm});
 *   <li>PEER: fastutil's {@link Long2IntOpenHashMap} keyed by the 64-bit hash of the words,
 *       computed in the measured method with the same hasher; it compares the hash, not the tuple,
 *       so it does less than a flow table must (two flows with equal hashes would be confused);
 *   <li>HARNESS: {@link #baseline} reads the same words and nothing else.
 * </ul>
 *
 * <p>The table's hash key is fixed ({@code FlowHasher.seeded(42)}) so that every fork probes the
 * same layout; the registry and the server draw a random key. Run: {@code java -jar
 * mfn-runner/target/mfn-runner.jar --include FlowTableLookup --baseline}, or this class's {@code
 * main} from an IDE. Allocation: all are expected at 0 B/op ({@code -prof gc}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class FlowTableLookupBenchmark {
  private static final int NO_VALUE = -1;

  /** Distinct flows in the table. */
  @Param({"10000", "100000", "1000000"})
  public int flowCount;

  /**
   * The Robin Hood table's maximum load factor, which is also its load here (it is sized for
   * exactly {@code flowCount} keys): 0.9 is the registry's default; smaller values trade memory (24
   * bytes per slot) for shorter probe runs.
   */
  @Param({"0.9"})
  public float maxLoadFactor;

  FlowKeySet keys;
  RobinHoodFlowTable robinHood;
  HashMap<FiveTupleKey, Integer> hashMap;
  Long2IntOpenHashMap fastutil;
  FlowHasher hasher;

  /** Builds the keys and fills the three maps with the same flows, value i for flow i. */
  @Setup(Level.Trial)
  public void setUp() {
    keys = new FlowKeySet(flowCount, 42);
    int stride = FlowKeySet.STRIDE;
    hasher = FlowHasher.seeded(42);
    robinHood = new RobinHoodFlowTable(stride, flowCount, maxLoadFactor, hasher);
    hashMap = new HashMap<>((int) (flowCount / 0.75f) + 1);
    fastutil = new Long2IntOpenHashMap(flowCount);
    fastutil.defaultReturnValue(NO_VALUE);
    for (int i = 0; i < flowCount; i++) {
      int offset = i * stride;
      robinHood.put(keys.present, offset, i);
      hashMap.put(FiveTupleKey.of(keys.present, offset, FlowKeyLayout.IPV4), i);
      fastutil.put(hasher.hash2(keys.present[offset], keys.present[offset + 1]), i);
    }
    if (robinHood.size() != flowCount
        || hashMap.size() != flowCount
        || fastutil.size() != flowCount) {
      throw new IllegalStateException("maps differ in size; the comparison would be unfair");
    }
  }

  /** The harness alone: the query's words, as every method reads them. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.lookup.hit",
      role = Role.HARNESS,
      implementation = "input fetch only")
  public long baseline(QueryCursor cursor) {
    return keys.fetchPresent(cursor.next());
  }

  /** Ours, present key. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.lookup.hit",
      role = Role.MFN,
      implementation = "RobinHoodFlowTable")
  public int robinHoodHit(QueryCursor cursor) {
    return robinHood.get(keys.presentQueries, FlowKeySet.queryOffset(cursor.next()));
  }

  /** Ours, absent key. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.lookup.miss",
      role = Role.MFN,
      implementation = "RobinHoodFlowTable")
  public int robinHoodMiss(QueryCursor cursor) {
    return robinHood.get(keys.absentQueries, FlowKeySet.queryOffset(cursor.next()));
  }

  /** The traditional store, present key. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.lookup.hit",
      role = Role.BASELINE,
      implementation = "HashMap<FiveTupleKey>")
  public Integer hashMapHit(QueryCursor cursor) {
    return hashMap.get(
        FiveTupleKey.of(keys.presentQueries, FlowKeySet.queryOffset(cursor.next()), IPV4));
  }

  /** The traditional store, absent key. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.lookup.miss",
      role = Role.BASELINE,
      implementation = "HashMap<FiveTupleKey>")
  public Integer hashMapMiss(QueryCursor cursor) {
    return hashMap.get(
        FiveTupleKey.of(keys.absentQueries, FlowKeySet.queryOffset(cursor.next()), IPV4));
  }

  /** The peer, present key. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.lookup.hit",
      role = Role.PEER,
      implementation = "fastutil Long2IntOpenHashMap on the keyed hash")
  public int fastutilHit(QueryCursor cursor) {
    int offset = FlowKeySet.queryOffset(cursor.next());
    return fastutil.get(hasher.hash2(keys.presentQueries[offset], keys.presentQueries[offset + 1]));
  }

  /** The peer, absent key. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.lookup.miss",
      role = Role.PEER,
      implementation = "fastutil Long2IntOpenHashMap on the keyed hash")
  public int fastutilMiss(QueryCursor cursor) {
    int offset = FlowKeySet.queryOffset(cursor.next());
    return fastutil.get(hasher.hash2(keys.absentQueries[offset], keys.absentQueries[offset + 1]));
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1 -p flowCount=100000}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(FlowTableLookupBenchmark.class, args);
  }
}
