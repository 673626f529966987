package org.mfn.bench.alm;

import com.google.common.hash.Hashing;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.alm.LoadBalancer;
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
 * One load-balancing decision: the "server selection under 10 µs" claim (its default balancer is
 * the first value of {@code balancer}, Maglev, over the first pool size, 10 backends).
 *
 * <p>Workload: flow hashes from a seeded array of 4,096 values, read in order. MFN: each {@link
 * LoadBalancer} ({@code maglev}, {@code p2c}, {@code weighted-rr}, {@code least-loaded}; the
 * load-aware ones count every selection as an active flow, never released, so their loads grow as
 * under a steady stream of new flows). PEER: Guava's {@code Hashing.consistentHash} (jump
 * consistent hashing, Lamping and Veach 2014), the library answer to the same question Maglev
 * answers. HARNESS: {@link #baseline} reads the hash. All are expected at 0 B/op. Run: {@code java
 * -jar mfn-runner/target/mfn-runner.jar --include ServerSelectionBenchmark}, or {@code main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class ServerSelectionBenchmark {
  static final int HASHES = 4096;

  /** Backends in the pool. */
  @Param({"10", "1000"})
  public int backends;

  long[] hashes;
  int next;

  /**
   * The balancer under test: a state of its own, so that its parameter multiplies only {@link
   * #select}'s runs, not the peer's and the harness's.
   */
  @State(Scope.Benchmark)
  public static class Balancer {
    /** The balancer. */
    @Param({"maglev", "p2c", "weighted-rr", "least-loaded"})
    public String balancer;

    LoadBalancer lb;

    /** Builds it over the benchmark's pool. */
    @Setup(Level.Trial)
    public void setUp(ServerSelectionBenchmark pool) {
      lb = LoadBalancer.named(balancer, pool.backends, 42);
    }
  }

  /** Draws the hashes. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(5);
    hashes = new long[HASHES];
    for (int i = 0; i < HASHES; i++) {
      hashes[i] = random.nextLong();
    }
  }

  private long hash() {
    return hashes[next++ & (HASHES - 1)];
  }

  /** The harness alone: the flow's hash, as every method reads it. */
  @Benchmark
  @Measures(
      layer = Layer.ALM,
      subject = "alm.server-selection",
      role = Role.HARNESS,
      implementation = "input fetch only")
  public long baseline() {
    return hash();
  }

  /** Ours: the balancer named by {@code balancer}. */
  @Benchmark
  @Measures(
      layer = Layer.ALM,
      subject = "alm.server-selection",
      role = Role.MFN,
      implementation = "LoadBalancer (the balancer parameter)")
  public int select(Balancer b) {
    return b.lb.select(hash());
  }

  /** Guava's jump consistent hash over the same pool. */
  @Benchmark
  @Measures(
      layer = Layer.ALM,
      subject = "alm.server-selection",
      role = Role.PEER,
      implementation = "Guava Hashing.consistentHash (jump hash)")
  public int guavaConsistentHash() {
    return Hashing.consistentHash(hash(), backends);
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1 -p balancer=maglev}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(ServerSelectionBenchmark.class, args);
  }
}
