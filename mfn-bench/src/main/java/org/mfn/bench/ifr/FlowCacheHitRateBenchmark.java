package org.mfn.bench.ifr;

import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.workload.FlowTrace;
import org.mfn.core.workload.FlowTraceGenerator;
import org.mfn.core.workload.TraceConfig;
import org.mfn.layers.baseline.FiveTupleKey;
import org.mfn.layers.baseline.LruFlowCache;
import org.mfn.layers.ifr.FlowRegistry;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The flow cache hit rate on the default trace under eviction pressure: the "hit rate > 95%" claim,
 * and CLOCK eviction against plain LRU.
 *
 * <p>Workload: each iteration generates a fresh default trace (Zipf 1.0 over {@code flowCount}
 * active flows, IMIX, 1% of packets start a new flow that replaces a random one; 2^21 packets; seed
 * {@code forkSeed + iteration}, where every fork draws its own {@code forkSeed} from the operating
 * system's entropy) and replays it once, from an empty cache, through a cache holding {@code
 * capacityPercent}% of the trace's distinct flows; a miss installs the flow. The first quarter of
 * the packets warms the cache and is not counted. Both policies see the same traces:
 *
 * <ul>
 *   <li>MFN: {@link FlowRegistry}, CLOCK (second-chance) eviction;
 *   <li>PEER: {@link LruFlowCache}, plain LRU ({@code LinkedHashMap} in access order).
 * </ul>
 *
 * <p>How the metric is reported: JMH {@link AuxCounters} of type EVENTS count {@code hits} and
 * {@code misses} of each iteration; the runner derives {@code hitRate = hits / (hits + misses)} in
 * percent per iteration, and the claim is judged on those rates. Traces differ between iterations
 * and between forks, so forks are independent samples of the workload and the interval reflects
 * trace-to-trace variation (with a seed shared by all forks, three forks replayed the same three
 * traces and entered the bootstrap as if independent, making the interval too narrow). The primary
 * score is the time of one whole replay (the loop over the trace is the operation measured, once
 * per iteration). Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include
 * FlowCacheHitRate}, or {@code main}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class FlowCacheHitRateBenchmark {
  static final int PACKETS = 1 << 21;
  static final int WARM_PACKETS = PACKETS / 4;

  /** Active flows of the trace. */
  @Param({"100000"})
  public int flowCount;

  /** Cache capacity as a percentage of the trace's distinct flows. */
  @Param({"10", "50", "100"})
  public int capacityPercent;

  private final long forkSeed = new SecureRandom().nextLong();
  private int iteration;
  FlowTrace trace;
  FiveTupleKey[] flowObjects;
  FlowRegistry registry;
  LruFlowCache lru;

  /** Hits and misses of one iteration, reported as JMH secondary results. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class HitCounters {
    /** Counted packets whose flow was cached. */
    public long hits;

    /** Counted packets whose flow was not cached (and was then installed). */
    public long misses;

    /** Counting starts from zero in every iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      hits = 0;
      misses = 0;
    }
  }

  /** A fresh trace and empty caches for every iteration. */
  @Setup(Level.Iteration)
  public void setUp() {
    trace =
        FlowTraceGenerator.generate(
            TraceConfig.defaults(flowCount, PACKETS).withSeed(forkSeed + iteration++));
    int capacity = Math.max(1, (int) ((long) trace.distinctFlows() * capacityPercent / 100));
    registry =
        new FlowRegistry(RegistryConfig.of(trace.layout(), capacity), ExactMatchRoutes::routeOf);
    lru = new LruFlowCache(capacity);
    flowObjects = new FiveTupleKey[trace.distinctFlows()];
    for (int flow = 0; flow < flowObjects.length; flow++) {
      flowObjects[flow] = FiveTupleKey.of(trace.keyWords(), flow * trace.stride(), trace.layout());
    }
  }

  /** Ours: the whole trace through the registry. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.cache-hit-rate",
      role = Role.MFN,
      implementation = "FlowRegistry (CLOCK)",
      alsoCompare = "hitRate")
  public int registry(HitCounters counters) {
    long[] words = trace.keyWords();
    int[] flows = trace.packetFlows();
    int[] sizes = trace.packetSizes();
    int stride = trace.stride();
    for (int p = 0; p < PACKETS; p++) {
      if (p == WARM_PACKETS) {
        registry.resetCounters();
      }
      registry.process(words, flows[p] * stride, sizes[p], p);
    }
    counters.hits = registry.hits();
    counters.misses = registry.misses();
    return registry.size();
  }

  /** Plain LRU on the same trace. */
  @Benchmark
  @Measures(
      layer = Layer.IFR,
      subject = "ifr.cache-hit-rate",
      role = Role.PEER,
      implementation = "LinkedHashMap LRU")
  public int lruReference(HitCounters counters) {
    int[] flows = trace.packetFlows();
    long hits = 0;
    for (int p = 0; p < PACKETS; p++) {
      FiveTupleKey key = flowObjects[flows[p]];
      boolean hit = lru.access(key, ExactMatchRoutes.routeOf(key));
      hits += p >= WARM_PACKETS && hit ? 1 : 0;
    }
    counters.hits = hits;
    counters.misses = (PACKETS - WARM_PACKETS) - hits;
    return lru.size();
  }

  /**
   * Runs this class.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(FlowCacheHitRateBenchmark.class, args);
  }
}
