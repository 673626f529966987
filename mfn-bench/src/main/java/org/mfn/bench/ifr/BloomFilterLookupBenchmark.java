package org.mfn.bench.ifr;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnel;
import com.google.common.hash.PrimitiveSink;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.flow.FlowHasher;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
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
 * precomputed order. Both filters get the same information per query, the flow key's two packed
 * words, and each does all the work from there:
 *
 * <ul>
 *   <li>MFN: {@link BlockedBloomFilter}, which the registry feeds with the keyed {@link FlowHasher}
 *       hash of the words, then probes one 64-byte block;
 *   <li>PEER: Guava's {@link BloomFilter} used the way its users key it by a composite value: a
 *       {@link Funnel} writes the two words into Guava's MurmurHash3-128, and {@code k} bits spread
 *       over the whole array are probed; the key objects are built before the run, in query order
 *       (Guava's API takes an object);
 *   <li>HARNESS: {@link #baseline} reads the same words and nothing else.
 * </ul>
 *
 * <p>The forks run with a fixed, pre-touched 3 GiB heap: Guava allocates per query, and with a
 * lazily committed heap the kernel's proactive reclaim on the development VMs made its negative
 * query swing from 65 to 900 ns between forks. Run: {@code java -jar
 * mfn-runner/target/mfn-runner.jar --include BloomFilterLookup}, or {@code main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class BloomFilterLookupBenchmark {
  /** Keys inserted (and the filters' expected insertions). */
  @Param({"1000000"})
  public int flowCount;

  /** Target false-positive probability of both filters. */
  @Param({"0.01"})
  public double fpp;

  FlowKeySet keys;
  FlowHasher hasher;
  BlockedBloomFilter blocked;
  BloomFilter<PackedKey> guava;
  PackedKey[] presentQueryObjects;
  PackedKey[] absentQueryObjects;

  /** Two packed words of an IPv4 flow key, the unit Guava's filter is given. */
  record PackedKey(long addresses, long meta) {}

  /** Guava's way in: write the key's fields into the hash. */
  enum PackedKeyFunnel implements Funnel<PackedKey> {
    INSTANCE;

    @Override
    public void funnel(PackedKey key, PrimitiveSink into) {
      into.putLong(key.addresses()).putLong(key.meta());
    }
  }

  /** Builds both filters from the same keys. */
  @Setup(Level.Trial)
  public void setUp() {
    keys = new FlowKeySet(flowCount, 42);
    hasher = FlowHasher.seeded(42);
    blocked = new BlockedBloomFilter(flowCount, fpp);
    guava = BloomFilter.create(PackedKeyFunnel.INSTANCE, flowCount, fpp);
    for (int i = 0; i < flowCount; i++) {
      int offset = i * FlowKeySet.STRIDE;
      blocked.put(hasher.hash2(keys.present[offset], keys.present[offset + 1]));
      guava.put(new PackedKey(keys.present[offset], keys.present[offset + 1]));
    }
    presentQueryObjects = new PackedKey[FlowKeySet.QUERIES];
    absentQueryObjects = new PackedKey[FlowKeySet.QUERIES];
    for (int q = 0; q < FlowKeySet.QUERIES; q++) {
      int offset = FlowKeySet.queryOffset(q);
      presentQueryObjects[q] =
          new PackedKey(keys.presentQueries[offset], keys.presentQueries[offset + 1]);
      absentQueryObjects[q] =
          new PackedKey(keys.absentQueries[offset], keys.absentQueries[offset + 1]);
    }
  }

  /** The harness alone: the query's words, as ours reads them. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.bloom.negative",
      role = Role.HARNESS,
      implementation = "input fetch only")
  public long baseline(QueryCursor cursor) {
    return keys.fetchAbsent(cursor.next());
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
        hasher.hash2(keys.absentQueries[offset], keys.absentQueries[offset + 1]));
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
        hasher.hash2(keys.presentQueries[offset], keys.presentQueries[offset + 1]));
  }

  /** Guava, a key never inserted. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.bloom.negative",
      role = Role.PEER,
      implementation = "Guava BloomFilter (funnel of the key words)")
  public boolean guavaNegative(QueryCursor cursor) {
    return guava.mightContain(absentQueryObjects[FlowKeySet.slot(cursor.next())]);
  }

  /** Guava, an inserted key. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.bloom.positive",
      role = Role.PEER,
      implementation = "Guava BloomFilter (funnel of the key words)")
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
