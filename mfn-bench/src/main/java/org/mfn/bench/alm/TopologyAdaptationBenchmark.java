package org.mfn.bench.alm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.alm.Graph;
import org.mfn.layers.alm.LinkChange;
import org.mfn.layers.alm.RoutingTable;
import org.mfn.layers.alm.TopologyAdapter;
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
 * Bringing a routing table up to date after a batch of link changes: the "adaptation to a 10%
 * topology change under 100 ms" claim.
 *
 * <p>Workload: the random 1,000-node graph of mean out-degree 8 and a table of 32 shortest-path
 * trees (32 ingress nodes). 16 seeded batches, each changing {@code changePercent} of the edges
 * (weights up by up to 2x, down by up to half, and links down in equal parts), each followed by its
 * exact inverse, so the graph returns to its start and the sequence can repeat for as long as JMH
 * runs; every call applies the next batch (all batches and inverses are changes of the same size).
 *
 * <ul>
 *   <li>MFN: {@link TopologyAdapter} with {@code INCREMENTAL} (keep, repair or recompute each
 *       tree);
 *   <li>BASELINE: the same batch, every tree recomputed ({@code RECOMPUTE}), what a router without
 *       incremental updates does.
 * </ul>
 *
 * <p>Returns a distance from the new table. Run: {@code java -jar mfn-runner/target/mfn-runner.jar
 * --include TopologyAdaptationBenchmark --baseline}, or {@code main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class TopologyAdaptationBenchmark {
  static final int SOURCES = 32;
  static final int BATCHES = 16;

  /** Percent of the edges each batch changes. */
  @Param({"10", "1", "30"})
  public int changePercent;

  /** Nodes of the random graph. */
  @Param({"1000"})
  public int nodes;

  TopologyAdapter adapter;
  List<List<LinkChange>> sequence;
  int next;

  /** Builds the graph, the table and the batches with their inverses. */
  @Setup(Level.Trial)
  public void setUp() {
    Graph graph = Graph.of(Topologies.of("random", nodes, 42));
    SplittableRandom random = new SplittableRandom(13);
    int[] sources = new int[SOURCES];
    Set<Integer> chosen = new HashSet<>();
    for (int i = 0; i < SOURCES; ) {
      int s = random.nextInt(nodes);
      if (chosen.add(s)) {
        sources[i++] = s;
      }
    }
    adapter = new TopologyAdapter(graph, sources);
    sequence = new ArrayList<>();
    for (int b = 0; b < BATCHES; b++) {
      List<LinkChange> batch = new ArrayList<>();
      List<LinkChange> inverse = new ArrayList<>();
      int count = Math.max(1, graph.edgeCount() * changePercent / 100);
      Set<Integer> slots = new HashSet<>();
      while (slots.size() < count) {
        slots.add(random.nextInt(graph.edgeCount()));
      }
      for (int slot : slots) {
        int from = graph.tail(slot);
        int to = graph.head(slot);
        double w = graph.weight(slot);
        switch (random.nextInt(3)) {
          case 0 -> {
            batch.add(LinkChange.reweight(from, to, w * (1 + random.nextDouble())));
            inverse.add(LinkChange.reweight(from, to, w));
          }
          case 1 -> {
            batch.add(LinkChange.reweight(from, to, w * (0.5 + random.nextDouble() / 2)));
            inverse.add(LinkChange.reweight(from, to, w));
          }
          default -> {
            batch.add(LinkChange.down(from, to));
            inverse.add(LinkChange.up(from, to, w));
          }
        }
      }
      sequence.add(List.copyOf(batch));
      sequence.add(List.copyOf(inverse));
    }
  }

  /** Applies the next batch and returns a distance from the new table. */
  private double applyNext(TopologyAdapter.Strategy strategy) {
    List<LinkChange> batch = sequence.get(next);
    next = next + 1 == sequence.size() ? 0 : next + 1;
    RoutingTable table = adapter.apply(batch, strategy);
    return table.distance(table.sources()[0], nodes - 1);
  }

  /** Ours as it runs: repair or recompute, chosen by the share of edges changed. */
  @Benchmark
  @Measures(
      layer = Layer.ALM,
      subject = "alm.topology-adaptation",
      role = Role.MFN,
      implementation = "TopologyAdapter AUTO")
  public double adapt() {
    return applyNext(TopologyAdapter.Strategy.AUTO);
  }

  /** Ours, always repairing: the measurement behind AUTO's choice. */
  @Benchmark
  @Measures(
      layer = Layer.ALM,
      subject = "alm.topology-adaptation",
      role = Role.MFN,
      implementation = "TopologyAdapter INCREMENTAL")
  public double incremental() {
    return applyNext(TopologyAdapter.Strategy.INCREMENTAL);
  }

  /** Every tree recomputed from scratch. */
  @Benchmark
  @Measures(
      layer = Layer.ALM,
      subject = "alm.topology-adaptation",
      role = Role.BASELINE,
      implementation = "TopologyAdapter RECOMPUTE (every tree)")
  public double recomputeAll() {
    return applyNext(TopologyAdapter.Strategy.RECOMPUTE);
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1 -p changePercent=10}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(TopologyAdaptationBenchmark.class, args);
  }
}
