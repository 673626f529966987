package org.mfn.bench.ifr;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.flow.FlowHash;
import org.mfn.core.result.Layer;
import org.mfn.core.result.Role;
import org.mfn.layers.ifr.BlockedBloomFilter;
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
 * Bloom filter queries for flow keys: the "Bloom negative lookup < 10 ns" claim.
 *
 * <p>Workload: {@code flowCount} IPv4 flow keys inserted into a filter sized for them at {@code
 * fpp}; negative queries ask for keys never inserted, positive ones for inserted keys, in a random
 * precomputed order. Each query starts from the same information for both filters, one flow key:
 * ours hashes the packed words ({@link FlowHash}) and probes one 64-byte block; Guava's {@link
 * BloomFilter} (the PEER) is given the key's 64-bit flow hash as a prebuilt {@code Long} and hashes
 * it again with its MurmurHash3-128 funnel, probing {@code k} bits spread over the whole array.
 *
 * <p>Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include BloomFilterLookup}, or {@code
 * main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class BloomFilterLookupBenchmark {
  /** Keys inserted (and the filters' expected insertions). */
  @Param({"1000000"})
  public int flowCount;

  /** Target false-positive probability of both filters. */
  @Param({"0.01"})
  public double fpp;

  private FlowKeySet keys;
  private BlockedBloomFilter blocked;
  private BloomFilter<Long> guava;
  private Long[] presentQueryObjects;
  private Long[] absentQueryObjects;

  /** Builds both filters from the same keys. */
  @Setup(Level.Trial)
  public void setUp() {
    keys = new FlowKeySet(flowCount, 42);
    blocked = new BlockedBloomFilter(flowCount, fpp);
    guava = BloomFilter.create(Funnels.longFunnel(), flowCount, fpp);
    for (int i = 0; i < flowCount; i++) {
      int offset = i * FlowKeySet.STRIDE;
      long present = FlowHash.hash2(keys.present[offset], keys.present[offset + 1]);
      blocked.put(present);
      guava.put(present);
    }
    // Guava's input, in query order like ours (see FlowKeySet): the flow hash as a fresh Long.
    presentQueryObjects = new Long[FlowKeySet.QUERIES];
    absentQueryObjects = new Long[FlowKeySet.QUERIES];
    for (int q = 0; q < FlowKeySet.QUERIES; q++) {
      int offset = FlowKeySet.queryOffset(q);
      presentQueryObjects[q] =
          FlowHash.hash2(keys.presentQueries[offset], keys.presentQueries[offset + 1]);
      absentQueryObjects[q] =
          FlowHash.hash2(keys.absentQueries[offset], keys.absentQueries[offset + 1]);
    }
  }

  /** Ours, a key never inserted. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.bloom.negative",
      role = Role.MFN,
      implementation = "BlockedBloomFilter")
  public boolean blockedNegative(QueryCursor cursor) {
    int offset = FlowKeySet.queryOffset(cursor.next());
    return blocked.mightContain(
        FlowHash.hash2(keys.absentQueries[offset], keys.absentQueries[offset + 1]));
  }

  /** Ours, an inserted key. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.bloom.positive",
      role = Role.MFN,
      implementation = "BlockedBloomFilter")
  public boolean blockedPositive(QueryCursor cursor) {
    int offset = FlowKeySet.queryOffset(cursor.next());
    return blocked.mightContain(
        FlowHash.hash2(keys.presentQueries[offset], keys.presentQueries[offset + 1]));
  }

  /** Guava, a key never inserted. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.bloom.negative",
      role = Role.PEER,
      implementation = "Guava BloomFilter")
  public boolean guavaNegative(QueryCursor cursor) {
    return guava.mightContain(absentQueryObjects[FlowKeySet.slot(cursor.next())]);
  }

  /** Guava, an inserted key. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.bloom.positive",
      role = Role.PEER,
      implementation = "Guava BloomFilter")
  public boolean guavaPositive(QueryCursor cursor) {
    return guava.mightContain(presentQueryObjects[FlowKeySet.slot(cursor.next())]);
  }

  /**
   * Runs this class.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(BloomFilterLookupBenchmark.class, args);
  }
}
