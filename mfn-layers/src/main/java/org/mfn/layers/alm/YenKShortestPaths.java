package org.mfn.layers.alm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The K shortest loopless paths between two nodes (Yen, 1971), cheapest first, on a {@link Graph}
 * with non-negative weights. Each spur search is a one-to-one {@link Dijkstra} with the root path's
 * nodes and the already-used next edges blocked; candidates are kept once each (equal-cost paths,
 * ties, are all found), ordered by cost, then by length, then by node sequence, so the result is
 * deterministic. Reuses one {@link Dijkstra}; not thread-safe.
 */
public final class YenKShortestPaths {
  /** The K of the claim. */
  public static final int DEFAULT_K = 4;

  private final Dijkstra dijkstra = new Dijkstra();

  /**
   * Finds up to {@code k} shortest loopless paths.
   *
   * @param g the graph
   * @param source the source node
   * @param target the target node
   * @param k how many paths, at least 1
   * @return the paths, cheapest first: fewer than {@code k} when fewer loopless paths exist, empty
   *     when the target is unreachable; a single one-node path when source equals target
   * @throws IllegalArgumentException naming the value, if {@code k < 1} or a node is not in the
   *     graph
   */
  public List<Path> find(Graph g, int source, int target, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("K must be at least 1: " + k);
    }
    g.checkNode(source, "source");
    g.checkNode(target, "target");
    List<Path> found = new ArrayList<>(k);
    dijkstra.prepare(g);
    dijkstra.clearBlocks();
    double cost = dijkstra.run(g, source, target);
    if (cost == Double.POSITIVE_INFINITY) {
      return found;
    }
    found.add(new Path(dijkstra.path(target), cost));
    PriorityQueue<Path> candidates = new PriorityQueue<>();
    Set<Path> seen = new HashSet<>(found);
    while (found.size() < k) {
      Path previous = found.get(found.size() - 1);
      double rootCost = 0;
      for (int j = 0; j < previous.length() - 1; j++) {
        int spur = previous.node(j);
        dijkstra.clearBlocks();
        for (Path p : found) {
          if (p.length() > j + 1 && sharesRoot(p, previous, j)) {
            dijkstra.blockEdge(g.edgeSlot(p.node(j), p.node(j + 1)));
          }
        }
        for (int r = 0; r < j; r++) {
          dijkstra.blockNode(previous.node(r));
        }
        double spurCost = dijkstra.run(g, spur, target);
        if (spurCost != Double.POSITIVE_INFINITY) {
          int[] spurPath = dijkstra.path(target);
          int[] nodes = new int[j + spurPath.length];
          for (int r = 0; r < j; r++) {
            nodes[r] = previous.node(r);
          }
          System.arraycopy(spurPath, 0, nodes, j, spurPath.length);
          Path candidate = new Path(nodes, rootCost + spurCost);
          if (seen.add(candidate)) {
            candidates.add(candidate);
          }
        }
        rootCost += g.weight(g.edgeSlot(previous.node(j), previous.node(j + 1)));
      }
      Path next = candidates.poll();
      if (next == null) {
        break;
      }
      found.add(next);
    }
    dijkstra.clearBlocks();
    return found;
  }

  /** Whether {@code p} starts with the first {@code j + 1} nodes of {@code root}. */
  private static boolean sharesRoot(Path p, Path root, int j) {
    for (int i = 0; i <= j; i++) {
      if (p.node(i) != root.node(i)) {
        return false;
      }
    }
    return true;
  }
}
