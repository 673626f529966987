package org.mfn.bench.ifr;

import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.flow.FlowHash;
import org.mfn.core.flow.FlowHasher;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of hashing one IPv4 flow key: the keyed {@link FlowHasher} that tables and filters use
 * since they resist hash flooding, against the unkeyed {@link FlowHash} they used before (the
 * MurmurHash3-style body and finaliser). Every lookup pays this once, so it shows whether keying
 * costs lookup speed.
 *
 * <p>Workload: the packed words of 2^20 keys from the seeded generator, read in order (the
 * prefetcher hides the reads), so the score is the hash's latency-bound cost plus the fetch that
 * {@link #baseline} measures alone. Run: {@code java -jar mfn-runner/target/mfn-runner.jar
 * --include FlowHash}, or {@code main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(2)
@State(Scope.Benchmark)
public class FlowHashBenchmark {
  FlowKeySet keys;
  FlowHasher hasher;

  /** 2^20 query keys over 100,000 flows; a fixed hash key. */
  @Setup(Level.Trial)
  public void setUp() {
    keys = new FlowKeySet(100_000, 42);
    hasher = FlowHasher.seeded(42);
  }

  /** The harness alone: the key's words. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.hash",
      role = Role.HARNESS,
      implementation = "input fetch only")
  public long baseline(QueryCursor cursor) {
    return keys.fetchPresent(cursor.next());
  }

  /** Ours: the keyed hash (folded multiply, fmix64). */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.hash",
      role = Role.MFN,
      implementation = "FlowHasher (keyed)")
  public long keyed(QueryCursor cursor) {
    int offset = FlowKeySet.queryOffset(cursor.next());
    return hasher.hash2(keys.presentQueries[offset], keys.presentQueries[offset + 1]);
  }

  /** The unkeyed hash the tables used before (MurmurHash3 body and finaliser). */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.hash",
      role = Role.PEER,
      implementation = "FlowHash (unkeyed, previous)")
  public long unkeyed(QueryCursor cursor) {
    int offset = FlowKeySet.queryOffset(cursor.next());
    return FlowHash.hash2(keys.presentQueries[offset], keys.presentQueries[offset + 1]);
  }

  /**
   * Runs this class.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(FlowHashBenchmark.class, args);
  }
}
