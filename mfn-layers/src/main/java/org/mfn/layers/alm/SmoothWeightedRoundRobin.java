package org.mfn.layers.alm;

import java.util.Arrays;

/**
 * Smooth weighted round robin (nginx's algorithm): over every cycle of {@code sum(weights)}
 * selections, backend {@code i} is chosen exactly {@code weights[i]} times, interleaved rather than
 * in runs. The cycle is computed once when the balancer is built, so a selection is one array read
 * ({@code O(1)}, where the algorithm itself is {@code O(backends)} per selection).
 */
public final class SmoothWeightedRoundRobin implements LoadBalancer {
  /** Its name. */
  public static final String NAME = "weighted-rr";

  /** The longest cycle kept, selections. */
  public static final int MAX_TOTAL_WEIGHT = 1 << 24;

  private final int backends;
  private final int[] cycle;
  private int position;

  /**
   * Builds the cycle.
   *
   * @param weights each backend's weight, at least 1; their sum at most {@link #MAX_TOTAL_WEIGHT}
   * @throws IllegalArgumentException naming a weight below 1 or a sum too large
   */
  public SmoothWeightedRoundRobin(int[] weights) {
    backends = LoadBalancer.checkBackends(weights.length);
    long total = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 1) {
        throw new IllegalArgumentException(
            "weight of backend " + i + " must be at least 1: " + weights[i]);
      }
      total += weights[i];
    }
    if (total > MAX_TOTAL_WEIGHT) {
      throw new IllegalArgumentException(
          "weights sum to " + total + ", more than " + MAX_TOTAL_WEIGHT + " selections per cycle");
    }
    cycle = new int[(int) total];
    long[] current = new long[weights.length];
    for (int s = 0; s < cycle.length; s++) {
      int best = 0;
      for (int i = 0; i < weights.length; i++) {
        current[i] += weights[i];
        if (current[i] > current[best]) {
          best = i;
        }
      }
      current[best] -= total;
      cycle[s] = best;
    }
  }

  @Override
  public int select(long flowHash) {
    int chosen = cycle[position];
    position = position + 1 == cycle.length ? 0 : position + 1;
    return chosen;
  }

  /** Returns one cycle of selections (a copy). */
  public int[] cycle() {
    return Arrays.copyOf(cycle, cycle.length);
  }

  @Override
  public int backendCount() {
    return backends;
  }

  @Override
  public String name() {
    return NAME;
  }
}
