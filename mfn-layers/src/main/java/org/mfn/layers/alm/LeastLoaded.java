package org.mfn.layers.alm;

import java.util.Arrays;

/**
 * Chooses the backend with the fewest active flows (the lowest index on a tie), from a tournament
 * tree of minima: reading the choice is {@code O(1)} and each load change updates {@code log2}
 * levels, so a selection costs tens of nanoseconds even over thousands of backends.
 */
public final class LeastLoaded implements LoadBalancer {
  /** Its name. */
  public static final String NAME = "least-loaded";

  private final int backends;
  private final int leaves;
  private final long[] load;
  private final int[] winner; // winner[node] = backend with the least load below node

  /**
   * Creates the balancer with every backend idle.
   *
   * @param backends backends, at least 1
   */
  public LeastLoaded(int backends) {
    this.backends = LoadBalancer.checkBackends(backends);
    int size = 1;
    while (size < backends) {
      size <<= 1;
    }
    leaves = size;
    load = new long[size];
    Arrays.fill(load, backends, size, Long.MAX_VALUE); // padding never wins
    winner = new int[2 * size];
    for (int i = 0; i < size; i++) {
      winner[size + i] = i;
    }
    for (int node = size - 1; node >= 1; node--) {
      winner[node] = better(winner[2 * node], winner[2 * node + 1]);
    }
  }

  @Override
  public int select(long flowHash) {
    int chosen = winner[1];
    load[chosen]++;
    update(chosen);
    return chosen;
  }

  @Override
  public void release(int backend) {
    if (backend < 0 || backend >= backends) {
      throw new IllegalArgumentException(
          "backend must be in 0.." + (backends - 1) + ": " + backend);
    }
    if (load[backend] > 0) {
      load[backend]--;
      update(backend);
    }
  }

  /** Returns a backend's active flows. */
  public long load(int backend) {
    return load[backend];
  }

  private void update(int backend) {
    for (int node = (leaves + backend) >>> 1; node >= 1; node >>>= 1) {
      winner[node] = better(winner[2 * node], winner[2 * node + 1]);
    }
  }

  private int better(int a, int b) {
    return load[b] < load[a] ? b : a;
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
