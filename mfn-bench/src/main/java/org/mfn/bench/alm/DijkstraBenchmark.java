package org.mfn.bench.alm;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.workload.EdgeList;
import org.mfn.layers.alm.Dijkstra;
import org.mfn.layers.alm.Graph;
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
 * Shortest paths from one source: the "Dijkstra on 1,000 nodes under 1 ms" claim.
 *
 * <p>Workload: one seeded graph per topology and size ({@link Topologies}); sources and targets
 * drawn from a seeded array of 1,024 (source, target) pairs, read in order. Every implementation
 * gets the same graph and pairs:
 *
 * <ul>
 *   <li>MFN: {@link Dijkstra} on the CSR {@link Graph}, one source to every node ({@code dijkstra},
 *       the claim) and one source to one target, stopping when it is settled ({@code oneToOne});
 *   <li>PEER: JGraphT's {@link DijkstraShortestPath} on a {@code SimpleDirectedWeightedGraph} of
 *       the same edges, {@code getPaths(source)} and {@code getPath(source, target)}.
 * </ul>
 *
 * <p>Each returns the target's distance, so nothing is dead code. Run: {@code java -jar
 * mfn-runner/target/mfn-runner.jar --include DijkstraBenchmark}, or {@code main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class DijkstraBenchmark {
  static final int PAIRS = 1024;

  /** Nodes (the fat-tree rounds up to its next size). */
  @Param({"1000", "10000"})
  public int nodes;

  /** The graph's shape. */
  @Param({"random", "scale-free", "fat-tree"})
  public String topology;

  Graph graph;
  SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> jgrapht;
  DijkstraShortestPath<Integer, DefaultWeightedEdge> jgraphtDijkstra;
  Dijkstra dijkstra;
  int[] sources;
  int[] targets;
  int next;

  /** Builds the graph in both forms and the pairs. */
  @Setup(Level.Trial)
  public void setUp() {
    EdgeList edges = Topologies.of(topology, nodes, 42);
    graph = Graph.of(edges);
    jgrapht = Topologies.jgrapht(edges);
    jgraphtDijkstra = new DijkstraShortestPath<>(jgrapht);
    dijkstra = new Dijkstra();
    dijkstra.prepare(graph);
    SplittableRandom random = new SplittableRandom(7);
    sources = new int[PAIRS];
    targets = new int[PAIRS];
    for (int i = 0; i < PAIRS; i++) {
      sources[i] = random.nextInt(graph.nodeCount());
      targets[i] = random.nextInt(graph.nodeCount());
    }
  }

  private int pair() {
    return next++ & (PAIRS - 1);
  }

  /** Ours, one source to every node. */
  @Benchmark
  @Measures(
      layer = Layer.ALM,
      subject = "alm.dijkstra.one-to-all",
      role = Role.MFN,
      implementation = "Dijkstra, 4-ary indexed heap, CSR")
  public double dijkstra() {
    int i = pair();
    dijkstra.run(graph, sources[i]);
    return dijkstra.distance(targets[i]);
  }

  /** JGraphT, one source to every node. */
  @Benchmark
  @Measures(
      layer = Layer.ALM,
      subject = "alm.dijkstra.one-to-all",
      role = Role.PEER,
      implementation = "JGraphT DijkstraShortestPath.getPaths")
  public double jgraphtDijkstra() {
    int i = pair();
    return jgraphtDijkstra.getPaths(sources[i]).getWeight(targets[i]);
  }

  /** Ours, one source to one target. */
  @Benchmark
  @Measures(
      layer = Layer.ALM,
      subject = "alm.dijkstra.one-to-one",
      role = Role.MFN,
      implementation = "Dijkstra, 4-ary indexed heap, CSR, early exit")
  public double oneToOne() {
    int i = pair();
    return dijkstra.run(graph, sources[i], targets[i]);
  }

  /** JGraphT, one source to one target. */
  @Benchmark
  @Measures(
      layer = Layer.ALM,
      subject = "alm.dijkstra.one-to-one",
      role = Role.PEER,
      implementation = "JGraphT DijkstraShortestPath.getPath")
  public double jgraphtOneToOne() {
    int i = pair();
    var path = jgraphtDijkstra.getPath(sources[i], targets[i]);
    return path == null ? Double.POSITIVE_INFINITY : path.getWeight();
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1 -p nodes=1000}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(DijkstraBenchmark.class, args);
  }
}
