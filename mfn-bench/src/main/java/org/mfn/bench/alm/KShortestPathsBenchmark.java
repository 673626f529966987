package org.mfn.bench.alm;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.workload.EdgeList;
import org.mfn.layers.alm.Graph;
import org.mfn.layers.alm.Path;
import org.mfn.layers.alm.YenKShortestPaths;
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
 * K shortest loopless paths between two nodes: the "K=4 shortest paths under 5 ms" claim.
 *
 * <p>Workload: the random 1,000-node graph of mean out-degree 8 (weights 1..100, strongly
 * connected, so every pair has paths), 256 seeded (source, target) pairs of distinct nodes read in
 * order. MFN: {@link YenKShortestPaths}; PEER: JGraphT's {@link YenKShortestPath} on the same
 * edges. Both return the sum of the K costs. Run: {@code java -jar mfn-runner/target/mfn-runner.jar
 * --include KShortestPathsBenchmark}, or {@code main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class KShortestPathsBenchmark {
  static final int PAIRS = 256;

  /** Paths per pair. */
  @Param({"4"})
  public int k;

  /** Nodes of the random graph. */
  @Param({"1000"})
  public int nodes;

  Graph graph;
  YenKShortestPaths yen;
  YenKShortestPath<Integer, DefaultWeightedEdge> jgraphtYen;
  int[] sources;
  int[] targets;
  int next;

  /** Builds the graph in both forms and the pairs. */
  @Setup(Level.Trial)
  public void setUp() {
    EdgeList edges = Topologies.of("random", nodes, 42);
    graph = Graph.of(edges);
    jgraphtYen = new YenKShortestPath<>(Topologies.jgrapht(edges));
    yen = new YenKShortestPaths();
    SplittableRandom random = new SplittableRandom(11);
    sources = new int[PAIRS];
    targets = new int[PAIRS];
    for (int i = 0; i < PAIRS; i++) {
      sources[i] = random.nextInt(nodes);
      int t = random.nextInt(nodes - 1);
      targets[i] = t >= sources[i] ? t + 1 : t;
    }
  }

  private int pair() {
    return next++ & (PAIRS - 1);
  }

  /** Ours. */
  @Benchmark
  @Measures(
      layer = Layer.ALM,
      subject = "alm.k-shortest-paths",
      role = Role.MFN,
      implementation = "Yen over one-to-one Dijkstra with blocking stamps")
  public double yen() {
    int i = pair();
    double sum = 0;
    for (Path p : yen.find(graph, sources[i], targets[i], k)) {
      sum += p.cost();
    }
    return sum;
  }

  /** JGraphT. */
  @Benchmark
  @Measures(
      layer = Layer.ALM,
      subject = "alm.k-shortest-paths",
      role = Role.PEER,
      implementation = "JGraphT YenKShortestPath")
  public double jgraphtYen() {
    int i = pair();
    double sum = 0;
    List<GraphPath<Integer, DefaultWeightedEdge>> paths =
        jgraphtYen.getPaths(sources[i], targets[i], k);
    for (GraphPath<Integer, DefaultWeightedEdge> p : paths) {
      sum += p.getWeight();
    }
    return sum;
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(KShortestPathsBenchmark.class, args);
  }
}
