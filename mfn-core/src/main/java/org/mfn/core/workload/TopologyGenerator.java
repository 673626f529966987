package org.mfn.core.workload;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded network topologies for the routing layer: a random graph with a given mean degree, a
 * scale-free graph (Barabási-Albert) and a data-centre fat-tree. The same arguments give the same
 * {@link EdgeList}, bit for bit.
 *
 * <p>Weights are whole numbers drawn uniformly from {@code 1 .. maxWeight} (link costs as a routing
 * protocol configures them), so that equal-cost paths, the ties a router must handle, occur; a
 * {@code maxWeight} of 1 gives hop counts. Stateless.
 */
public final class TopologyGenerator {
  private TopologyGenerator() {}

  /**
   * A strongly connected random directed graph: a random Hamiltonian cycle (so every node reaches
   * every other), then distinct random edges until the mean out-degree is reached.
   *
   * @param nodes nodes, at least 2
   * @param meanDegree mean out-degree, at least 1 and at most {@code nodes - 1}
   * @param maxWeight largest weight, at least 1
   * @param seed the seed
   * @return the graph, {@code round(nodes * meanDegree)} edges
   * @throws IllegalArgumentException naming the value out of range
   */
  public static EdgeList random(int nodes, double meanDegree, int maxWeight, long seed) {
    if (nodes < 2) {
      throw new IllegalArgumentException("a random graph needs at least 2 nodes: " + nodes);
    }
    if (!(meanDegree >= 1 && meanDegree <= nodes - 1)) {
      throw new IllegalArgumentException(
          "mean degree must be in 1.." + (nodes - 1) + " for " + nodes + " nodes: " + meanDegree);
    }
    checkWeight(maxWeight);
    SplittableRandom random = new SplittableRandom(seed);
    Edges edges = new Edges(random, maxWeight);
    int[] order = permutation(nodes, random);
    for (int i = 0; i < nodes; i++) {
      edges.add(order[i], order[(i + 1) % nodes]);
    }
    long target = Math.round(nodes * meanDegree);
    while (edges.size() < target) {
      int a = random.nextInt(nodes);
      int b = random.nextInt(nodes);
      if (a != b) {
        edges.add(a, b);
      }
    }
    return edges.toList(nodes);
  }

  /**
   * A scale-free graph by preferential attachment (Barabási-Albert): starting from a clique of
   * {@code attach + 1} nodes, each new node links to {@code attach} distinct existing nodes chosen
   * with probability proportional to their degree. Every link is two directed edges (one each way),
   * so the graph is strongly connected.
   *
   * @param nodes nodes, more than {@code attach}
   * @param attach links per new node, at least 1
   * @param maxWeight largest weight, at least 1 (both directions of a link share it)
   * @param seed the seed
   * @return the graph
   * @throws IllegalArgumentException naming the value out of range
   */
  public static EdgeList scaleFree(int nodes, int attach, int maxWeight, long seed) {
    if (attach < 1) {
      throw new IllegalArgumentException("links per new node must be at least 1: " + attach);
    }
    if (nodes <= attach) {
      throw new IllegalArgumentException(
          "a scale-free graph with "
              + attach
              + " links per node needs more than "
              + attach
              + " nodes: "
              + nodes);
    }
    checkWeight(maxWeight);
    SplittableRandom random = new SplittableRandom(seed);
    Edges edges = new Edges(random, maxWeight);
    // Every link's two ends, once each: a uniform pick from it is a degree-proportional pick.
    int[] ends = new int[2 * (attach * (attach + 1) / 2 + (nodes - attach - 1) * attach)];
    int endCount = 0;
    for (int a = 0; a <= attach; a++) {
      for (int b = a + 1; b <= attach; b++) {
        edges.addLink(a, b);
        ends[endCount++] = a;
        ends[endCount++] = b;
      }
    }
    Set<Integer> chosen = new HashSet<>();
    for (int v = attach + 1; v < nodes; v++) {
      chosen.clear();
      while (chosen.size() < attach) {
        chosen.add(ends[random.nextInt(endCount)]);
      }
      for (int u : chosen.stream().sorted().toList()) {
        edges.addLink(v, u);
        ends[endCount++] = v;
        ends[endCount++] = u;
      }
    }
    return edges.toList(nodes);
  }

  /**
   * A k-ary fat-tree (Al-Fares et al., SIGCOMM 2008): {@code (k/2)^2} core switches and {@code k}
   * pods of {@code k/2} aggregation and {@code k/2} edge switches, each edge switch with {@code
   * k/2} hosts when {@code withHosts}. Every link is two directed edges. Node ids: core switches
   * first, then per pod its aggregation and edge switches, then the hosts.
   *
   * @param k the switch port count, even and at least 2
   * @param withHosts whether to add the {@code k^3/4} hosts
   * @param maxWeight largest weight, at least 1 (1 gives hop counts: many equal-cost paths)
   * @param seed the seed (used for weights only)
   * @return the graph: {@code 5k^2/4} switches, plus {@code k^3/4} hosts
   * @throws IllegalArgumentException if {@code k} is odd or below 2
   */
  public static EdgeList fatTree(int k, boolean withHosts, int maxWeight, long seed) {
    if (k < 2 || k % 2 != 0) {
      throw new IllegalArgumentException("a fat-tree needs an even k of at least 2: " + k);
    }
    checkWeight(maxWeight);
    int half = k / 2;
    int cores = half * half;
    int switches = cores + k * k;
    int hosts = withHosts ? k * half * half : 0;
    Edges edges = new Edges(new SplittableRandom(seed), maxWeight);
    for (int pod = 0; pod < k; pod++) {
      int podBase = cores + pod * k;
      for (int a = 0; a < half; a++) {
        int aggregation = podBase + a;
        for (int c = 0; c < half; c++) {
          edges.addLink(aggregation, a * half + c); // aggregation a reaches core group a
        }
        for (int e = 0; e < half; e++) {
          edges.addLink(aggregation, podBase + half + e);
        }
      }
      if (withHosts) {
        for (int e = 0; e < half; e++) {
          int edge = podBase + half + e;
          for (int h = 0; h < half; h++) {
            edges.addLink(edge, switches + (pod * half + e) * half + h);
          }
        }
      }
    }
    return edges.toList(switches + hosts);
  }

  private static void checkWeight(int maxWeight) {
    if (maxWeight < 1) {
      throw new IllegalArgumentException("the largest weight must be at least 1: " + maxWeight);
    }
  }

  private static int[] permutation(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  /** Distinct directed edges in insertion order, with their weights. */
  private static final class Edges {
    private final SplittableRandom random;
    private final int maxWeight;
    private final Set<Long> present = new HashSet<>();
    private final List<int[]> pairs = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    Edges(SplittableRandom random, int maxWeight) {
      this.random = random;
      this.maxWeight = maxWeight;
    }

    int size() {
      return pairs.size();
    }

    boolean add(int a, int b) {
      return add(a, b, 1 + random.nextInt(maxWeight));
    }

    private boolean add(int a, int b, double w) {
      if (!present.add(((long) a << 32) | b)) {
        return false;
      }
      pairs.add(new int[] {a, b});
      weights.add(w);
      return true;
    }

    /** Both directions, one weight. */
    void addLink(int a, int b) {
      double w = 1 + random.nextInt(maxWeight);
      add(a, b, w);
      add(b, a, w);
    }

    EdgeList toList(int nodes) {
      int[] from = new int[pairs.size()];
      int[] to = new int[pairs.size()];
      double[] w = new double[pairs.size()];
      for (int i = 0; i < from.length; i++) {
        from[i] = pairs.get(i)[0];
        to[i] = pairs.get(i)[1];
        w[i] = weights.get(i);
      }
      return new EdgeList(nodes, from, to, w);
    }
  }
}
