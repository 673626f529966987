package org.mfn.bench.ifr;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.flow.FlowHash;
import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.core.result.Layer;
import org.mfn.core.result.Role;
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
 * inserted. Each implementation reads its input (packed words, a fresh key object, a hash) from an
 * array in query order, so the input is streamed and only the structure is probed at random.
 * Implementations, on the same keys in the same order:
 *
 * <ul>
 *   <li>MFN: {@link RobinHoodFlowTable}, hashing and comparing the full packed 5-tuple;
 *   <li>BASELINE: {@link HashMap} keyed by a {@link FiveTupleKey} record (keys prebuilt);
 *   <li>PEER: fastutil's {@link Long2IntOpenHashMap} keyed by the precomputed 64-bit hash of the
 *       tuple (it compares a hash, not the tuple, so it does less work than a flow table must).
 * </ul>
 *
 * <p>Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include FlowTableLookup}, or this
 * class's {@code main} from an IDE. Allocation: all three are expected at 0 B/op ({@code -prof
 * gc}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class FlowTableLookupBenchmark {
  private static final int NO_VALUE = -1;

  /** Distinct flows in the table. */
  @Param({"10000", "100000", "1000000"})
  public int flowCount;

  private FlowKeySet keys;
  private RobinHoodFlowTable robinHood;
  private HashMap<FiveTupleKey, Integer> hashMap;
  private Long2IntOpenHashMap fastutil;
  private FiveTupleKey[] presentQueryObjects;
  private FiveTupleKey[] absentQueryObjects;
  private long[] presentQueryHashes;
  private long[] absentQueryHashes;

  /** Builds the keys, fills the three maps with the same flows, and lays out the queries. */
  @Setup(Level.Trial)
  public void setUp() {
    keys = new FlowKeySet(flowCount, 42);
    int stride = FlowKeySet.STRIDE;
    robinHood = new RobinHoodFlowTable(stride, flowCount);
    hashMap = new HashMap<>((int) (flowCount / 0.75f) + 1);
    fastutil = new Long2IntOpenHashMap(flowCount);
    fastutil.defaultReturnValue(NO_VALUE);
    for (int i = 0; i < flowCount; i++) {
      int offset = i * stride;
      robinHood.put(keys.present, offset, i);
      hashMap.put(FiveTupleKey.of(keys.present, offset, FlowKeyLayout.IPV4), i);
      fastutil.put(FlowHash.hash(keys.present, offset, stride), i);
    }
    if (robinHood.size() != flowCount
        || hashMap.size() != flowCount
        || fastutil.size() != flowCount) {
      throw new IllegalStateException("maps differ in size; the comparison would be unfair");
    }
    // Each implementation's input, in query order (see FlowKeySet): fresh key objects for the
    // HashMap, as a caller would build from a packet, and precomputed hashes for fastutil.
    presentQueryObjects = new FiveTupleKey[FlowKeySet.QUERIES];
    absentQueryObjects = new FiveTupleKey[FlowKeySet.QUERIES];
    presentQueryHashes = new long[FlowKeySet.QUERIES];
    absentQueryHashes = new long[FlowKeySet.QUERIES];
    for (int q = 0; q < FlowKeySet.QUERIES; q++) {
      int offset = FlowKeySet.queryOffset(q);
      presentQueryObjects[q] = FiveTupleKey.of(keys.presentQueries, offset, FlowKeyLayout.IPV4);
      absentQueryObjects[q] = FiveTupleKey.of(keys.absentQueries, offset, FlowKeyLayout.IPV4);
      presentQueryHashes[q] = FlowHash.hash(keys.presentQueries, offset, stride);
      absentQueryHashes[q] = FlowHash.hash(keys.absentQueries, offset, stride);
    }
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
    return hashMap.get(presentQueryObjects[FlowKeySet.slot(cursor.next())]);
  }

  /** The traditional store, absent key. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.lookup.miss",
      role = Role.BASELINE,
      implementation = "HashMap<FiveTupleKey>")
  public Integer hashMapMiss(QueryCursor cursor) {
    return hashMap.get(absentQueryObjects[FlowKeySet.slot(cursor.next())]);
  }

  /** The peer, present key's hash. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.lookup.hit",
      role = Role.PEER,
      implementation = "fastutil Long2IntOpenHashMap")
  public int fastutilHit(QueryCursor cursor) {
    return fastutil.get(presentQueryHashes[FlowKeySet.slot(cursor.next())]);
  }

  /** The peer, absent key's hash. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.lookup.miss",
      role = Role.PEER,
      implementation = "fastutil Long2IntOpenHashMap")
  public int fastutilMiss(QueryCursor cursor) {
    return fastutil.get(absentQueryHashes[FlowKeySet.slot(cursor.next())]);
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
