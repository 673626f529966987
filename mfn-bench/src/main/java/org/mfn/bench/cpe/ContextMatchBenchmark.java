package org.mfn.bench.cpe;

import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.workload.TrafficSeriesGenerator;
import org.mfn.layers.baseline.NaiveSimilarity;
import org.mfn.layers.cpe.ContextMatcher;
import org.mfn.layers.dsr.SimilarityIndex;
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
 * Matching a flow's context to the most similar stored contexts (the "context match in 10K contexts
 * under 1 ms" claim; goal: at most 0.06x a naive scalar scan's time).
 *
 * <p>Workload: {@code contexts} stored 64-d context vectors in 20 clusters (seed 1), 256 query
 * contexts (seed 2) read in order, top-10. MFN: {@link ContextMatcher} (the similarity layer's
 * index: normalised storage, Vector API scan, k-heap); BASELINE: {@link NaiveSimilarity} (double
 * loops, norms recomputed, full sort). Both return the best id. Run: {@code java -jar
 * mfn-runner/target/mfn-runner.jar --include ContextMatchBenchmark --baseline}, or {@code main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
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
public class ContextMatchBenchmark {
  static final int WIDTH = 64;
  static final int QUERIES = 256;

  /** Stored contexts. */
  @Param({"10000"})
  public int contexts;

  ContextMatcher matcher;
  SimilarityIndex.Search search;
  NaiveSimilarity naive;
  float[] queries;
  int next;

  /** Stores the same contexts in both. */
  @Setup(Level.Trial)
  public void setUp() {
    float[] stored = TrafficSeriesGenerator.contexts(contexts, WIDTH, 20, 1);
    matcher = new ContextMatcher(WIDTH, contexts);
    naive = new NaiveSimilarity(WIDTH);
    for (int c = 0; c < contexts; c++) {
      matcher.store(stored, c * WIDTH);
      naive.add(stored, c * WIDTH);
    }
    search = matcher.newSearch();
    queries = TrafficSeriesGenerator.contexts(QUERIES, WIDTH, 20, 2);
  }

  private int query() {
    return (next++ & (QUERIES - 1)) * WIDTH;
  }

  /** Ours. */
  @Benchmark
  @Measures(
      layer = Layer.CPE,
      subject = "cpe.context-match",
      role = Role.MFN,
      implementation = "ContextMatcher (SimilarityIndex)")
  public int match() {
    return matcher.match(queries, query(), 10, search).id(0);
  }

  /** The naive scan. */
  @Benchmark
  @Measures(
      layer = Layer.CPE,
      subject = "cpe.context-match",
      role = Role.BASELINE,
      implementation = "NaiveSimilarity (double loops, full sort)")
  public int naiveScan() {
    return naive.topK(queries, query(), 10)[0];
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(ContextMatchBenchmark.class, args);
  }
}
