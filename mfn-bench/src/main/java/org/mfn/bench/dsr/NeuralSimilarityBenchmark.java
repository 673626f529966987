package org.mfn.bench.dsr;

import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.workload.FlowPatternGenerator;
import org.mfn.layers.baseline.NaiveSimilarity;
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
 * Neural similarity of a flow: encode its packets into a 256-d embedding and find the 10 most
 * similar of 10,000 indexed flows (the "under 1 ms" claim); and the search alone, against the naive
 * search (the "at most 0.06x the naive time" goal).
 *
 * <p>Workload: the {@link TrainedModel}; the index holds the embeddings of 10,000 generated flows
 * (seed 3); queries are 256 other flows (seed 4), encoded once for the search-only pair, read in
 * order.
 *
 * <ul>
 *   <li>MFN: {@code similarity} (encode + {@link SimilarityIndex#topK}); {@code search} (top-k
 *       only);
 *   <li>BASELINE: {@code naiveSimilarity} (the same encode + {@link NaiveSimilarity}: double loops,
 *       norms recomputed, a full sort); {@code naiveSearch} (the naive search only).
 * </ul>
 *
 * <p>Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include NeuralSimilarityBenchmark
 * --baseline}, or {@code main}.
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
public class NeuralSimilarityBenchmark {
  static final int QUERIES = 256;

  /** Embedding size. */
  @Param({"256"})
  public int dimensions;

  /** Flows in the index. */
  @Param({"10000"})
  public int indexSize;

  /** Results per query. */
  @Param({"10"})
  public int k;

  TrainedModel model;
  SimilarityIndex index;
  SimilarityIndex.Search search;
  NaiveSimilarity naive;
  FlowPatternGenerator.Sequences queries;
  float[] queryEmbeddings;
  float[] embedding;
  int next;

  /** Trains the model, fills both indexes with the same embeddings, encodes the queries. */
  @Setup(Level.Trial)
  public void setUp() {
    model = new TrainedModel(dimensions);
    FlowPatternGenerator.Sequences flows =
        FlowPatternGenerator.generate(indexSize, TrainedModel.STEPS, 3);
    index = new SimilarityIndex(dimensions, indexSize);
    naive = new NaiveSimilarity(dimensions);
    embedding = new float[dimensions];
    for (int s = 0; s < indexSize; s++) {
      model.encoder.encode(flows.features(), flows.offset(s), TrainedModel.STEPS, embedding, 0);
      index.add(embedding, 0);
      naive.add(embedding, 0);
    }
    search = index.newSearch();
    queries = FlowPatternGenerator.generate(QUERIES, TrainedModel.STEPS, 4);
    queryEmbeddings = new float[QUERIES * dimensions];
    for (int q = 0; q < QUERIES; q++) {
      model.encoder.encode(
          queries.features(),
          queries.offset(q),
          TrainedModel.STEPS,
          queryEmbeddings,
          q * dimensions);
    }
  }

  private int query() {
    return next++ & (QUERIES - 1);
  }

  /** Ours: encode, then search. */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "dsr.neural-similarity",
      role = Role.MFN,
      implementation = "SequenceEncoder + SimilarityIndex")
  public int similarity() {
    int q = query();
    model.encoder.encode(queries.features(), queries.offset(q), TrainedModel.STEPS, embedding, 0);
    return index.topK(embedding, 0, k, search).id(0);
  }

  /** The same encoder, then the naive search. */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "dsr.neural-similarity",
      role = Role.BASELINE,
      implementation = "SequenceEncoder + NaiveSimilarity")
  public int naiveSimilarity() {
    int q = query();
    model.encoder.encode(queries.features(), queries.offset(q), TrainedModel.STEPS, embedding, 0);
    return naive.topK(embedding, 0, k)[0];
  }

  /** Ours: top-k of a precomputed query embedding. */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "dsr.top-k-search",
      role = Role.MFN,
      implementation = "SimilarityIndex (8 accumulators, k-heap)")
  public int search() {
    return index.topK(queryEmbeddings, query() * dimensions, k, search).id(0);
  }

  /** The naive search of the same query. */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "dsr.top-k-search",
      role = Role.BASELINE,
      implementation = "NaiveSimilarity (double loops, full sort)")
  public int naiveSearch() {
    return naive.topK(queryEmbeddings, query() * dimensions, k)[0];
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(NeuralSimilarityBenchmark.class, args);
  }
}
