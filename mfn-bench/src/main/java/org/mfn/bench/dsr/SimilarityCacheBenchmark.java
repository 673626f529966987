package org.mfn.bench.dsr;

import java.util.HashMap;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.dsr.SimilarityCache;
import org.mfn.layers.dsr.SimilarityIndex;
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
 * A cached similarity result read back by its flow's key (the "cache lookup under 1 µs" claim).
 *
 * <p>Workload: 1,024 flow keys whose top-10 results (from an index of 1,000 random 64-d vectors)
 * are cached in 4,096 slots (the few keys whose slot a later key took are dropped from both
 * caches); lookups of the held keys in a seeded random order. MFN: {@link SimilarityCache#find},
 * then the best id; BASELINE: a {@code HashMap<Long, int[]>} of the same results, as a cache is
 * ordinarily written; HARNESS: {@link #baseline} reads the key. All hits.
 *
 * <p>Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include SimilarityCacheBenchmark
 * --baseline}, or {@code main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {
      "-Xms1g",
      "-Xmx1g",
      "-XX:+AlwaysPreTouch",
      "--add-modules=jdk.incubator.vector"
    })
@State(Scope.Benchmark)
public class SimilarityCacheBenchmark {
  static final int KEYS = 1024;
  static final int ORDER = 4096;

  SimilarityCache cache;
  HashMap<Long, int[]> hashMap;
  long[] keys;
  int[] order;
  int next;

  /** Fills both caches with the same results. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2);
    SimilarityIndex index = new SimilarityIndex(64, 1000);
    float[] v = new float[64];
    for (int i = 0; i < 1000; i++) {
      for (int d = 0; d < 64; d++) {
        v[d] = (float) (random.nextDouble() * 2 - 1);
      }
      index.add(v, 0);
    }
    cache = new SimilarityCache(4 * KEYS, 10);
    hashMap = new HashMap<>();
    keys = new long[KEYS];
    SimilarityIndex.Search search = index.newSearch();
    for (int i = 0; i < KEYS; i++) {
      keys[i] = random.nextLong();
      for (int d = 0; d < 64; d++) {
        v[d] = (float) (random.nextDouble() * 2 - 1);
      }
      index.topK(v, 0, 10, search);
      cache.put(keys[i], search);
      int[] ids = new int[10];
      for (int r = 0; r < 10; r++) {
        ids[r] = search.id(r);
      }
      hashMap.put(keys[i], ids);
    }
    // A key whose slot a later key took is gone from the cache (it is bounded): look up only
    // the keys both caches hold, so that every lookup is a hit in both.
    long[] held = new long[KEYS];
    int count = 0;
    for (long key : keys) {
      if (cache.find(key) >= 0) {
        held[count++] = key;
      } else {
        hashMap.remove(key);
      }
    }
    keys = java.util.Arrays.copyOf(held, count);
    order = new int[ORDER];
    for (int i = 0; i < ORDER; i++) {
      order[i] = random.nextInt(count);
    }
  }

  private long key() {
    return keys[order[next++ & (ORDER - 1)]];
  }

  /** The harness alone: the key. */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "dsr.similarity-cache",
      role = Role.HARNESS,
      implementation = "input fetch only")
  public long baseline() {
    return key();
  }

  /** Ours. */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "dsr.similarity-cache",
      role = Role.MFN,
      implementation = "SimilarityCache (slots, generation)")
  public int lookupHit() {
    int entry = cache.find(key());
    return entry < 0 ? -1 : cache.id(entry, 0);
  }

  /** The ordinary cache. */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "dsr.similarity-cache",
      role = Role.BASELINE,
      implementation = "HashMap<Long, int[]>")
  public int hashMapHit() {
    int[] ids = hashMap.get(key());
    return ids == null ? -1 : ids[0];
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(SimilarityCacheBenchmark.class, args);
  }
}
