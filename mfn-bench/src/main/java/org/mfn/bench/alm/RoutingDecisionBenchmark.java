package org.mfn.bench.alm;

import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.alm.Graph;
import org.mfn.layers.alm.MaglevHashing;
import org.mfn.layers.alm.RouteDecision;
import org.mfn.layers.alm.RoutingService;
import org.mfn.layers.alm.TopologyAdapter;
import org.mfn.layers.baseline.HttpRouteClient;
import org.mfn.layers.baseline.HttpRouteServer;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A flow's route decision in process against the same decision asked of a route service over HTTP:
 * the "routing 777% better than the HTTP baseline" claim, whose percent is {@code (HTTP time /
 * in-process time - 1) x 100}.
 *
 * <p>Workload: the random 1,000-node graph of mean out-degree 8, a routing table of 32 ingress
 * nodes, a Maglev table of 100 backends; 4,096 seeded (flow, ingress, egress) triples read in
 * order.
 *
 * <ul>
 *   <li>MFN: {@link RoutingService#decide} in the benchmark's thread;
 *   <li>BASELINE: the same service behind {@link HttpRouteServer} (the JDK's HTTP server on
 *       127.0.0.1, 2 threads, TCP_NODELAY) asked by {@link HttpRouteClient} (the JDK's HttpClient,
 *       HTTP/1.1 keep-alive, JSON bodies), in the same fork.
 * </ul>
 *
 * <p>Both return the decision. Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include
 * RoutingDecisionBenchmark --baseline}, or {@code main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class RoutingDecisionBenchmark {
  static final int QUERIES = 4096;
  static final int SOURCES = 32;
  static final int NODES = 1000;

  RoutingService routing;
  HttpRouteServer server;
  HttpRouteClient client;
  long[] flows;
  int[] ingress;
  int[] egress;
  int next;

  /** Builds the service, starts the server and draws the queries. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Graph graph = Graph.of(Topologies.of("random", NODES, 42));
    int[] sources = new int[SOURCES];
    for (int i = 0; i < SOURCES; i++) {
      sources[i] = i * (NODES / SOURCES);
    }
    routing = new RoutingService(new TopologyAdapter(graph, sources), new MaglevHashing(100, 42));
    server = HttpRouteServer.start(routing, 2);
    client = new HttpRouteClient(server.uri());
    SplittableRandom random = new SplittableRandom(3);
    flows = new long[QUERIES];
    ingress = new int[QUERIES];
    egress = new int[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      flows[i] = random.nextLong();
      ingress[i] = sources[random.nextInt(SOURCES)];
      egress[i] = random.nextInt(NODES);
    }
  }

  /** Stops the server. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    server.close();
  }

  private int query() {
    return next++ & (QUERIES - 1);
  }

  /** Ours, in process. */
  @Benchmark
  @Measures(
      layer = Layer.ALM,
      subject = "alm.route-decision",
      role = Role.MFN,
      implementation = "RoutingService in process")
  public RouteDecision mfnRoute() {
    int i = query();
    return routing.decide(flows[i], ingress[i], egress[i]);
  }

  /** The same decision over HTTP on loopback. */
  @Benchmark
  @Measures(
      layer = Layer.ALM,
      subject = "alm.route-decision",
      role = Role.BASELINE,
      implementation = "JDK HttpServer + HttpClient, JSON, loopback")
  public RouteDecision httpBaseline() throws IOException, InterruptedException {
    int i = query();
    return client.decide(flows[i], ingress[i], egress[i]);
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(RoutingDecisionBenchmark.class, args);
  }
}
