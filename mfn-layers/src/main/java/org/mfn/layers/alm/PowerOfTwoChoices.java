package org.mfn.layers.alm;

/**
 * Power of two choices (Mitzenmacher 2001): two distinct candidate backends drawn from the flow's
 * hash, the one with fewer active flows chosen (the first on a tie). With n flows on n backends the
 * most loaded backend holds {@code O(log log n)} flows, against {@code O(log n / log log n)} for
 * one random choice.
 */
public final class PowerOfTwoChoices implements LoadBalancer {
  /** Its name. */
  public static final String NAME = "p2c";

  private final long[] load;

  /**
   * Creates the balancer with every backend idle.
   *
   * @param backends backends, at least 1
   */
  public PowerOfTwoChoices(int backends) {
    this.load = new long[LoadBalancer.checkBackends(backends)];
  }

  @Override
  public int select(long flowHash) {
    int n = load.length;
    int a = reduce(flowHash, n);
    int chosen = a;
    if (n > 1) {
      int b = reduce(Long.rotateLeft(flowHash * 0x9E3779B97F4A7C15L, 32), n - 1);
      b += b >= a ? 1 : 0; // distinct from a
      chosen = load[b] < load[a] ? b : a;
    }
    load[chosen]++;
    return chosen;
  }

  @Override
  public void release(int backend) {
    if (backend < 0 || backend >= load.length) {
      throw new IllegalArgumentException(
          "backend must be in 0.." + (load.length - 1) + ": " + backend);
    }
    if (load[backend] > 0) {
      load[backend]--;
    }
  }

  /** Returns a backend's active flows. */
  public long load(int backend) {
    return load[backend];
  }

  @Override
  public int backendCount() {
    return load.length;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Lemire's multiply-shift range reduction of the high 32 bits into {@code 0 .. n-1}. */
  static int reduce(long hash, int n) {
    return (int) (((hash >>> 32) * n) >>> 32);
  }
}
