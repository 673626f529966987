package org.mfn.layers.alm;

/**
 * Chooses a backend for a flow. Implementations select without allocating; those that balance by
 * load count a selection as one more active flow on the chosen backend until {@link #release}.
 * Backends are {@code 0 .. backendCount()-1}. Not thread-safe: one instance per thread, or external
 * locking.
 */
public interface LoadBalancer {
  /**
   * Chooses a backend.
   *
   * @param flowHash a well-mixed 64-bit hash of the flow (balancers that hash use it; the others
   *     ignore it)
   * @return the backend
   */
  int select(long flowHash);

  /**
   * Ends one flow on a backend (load-aware balancers lower its load; the others ignore it).
   *
   * @param backend the backend a flow was given
   * @throws IllegalArgumentException if the backend is out of range
   */
  default void release(int backend) {}

  /** Returns the number of backends. */
  int backendCount();

  /** Returns a short name, e.g. {@code maglev}. */
  String name();

  /**
   * Builds a balancer by name.
   *
   * @param name {@code maglev}, {@code p2c}, {@code weighted-rr} or {@code least-loaded}
   * @param backends backends, at least 1
   * @param seed seed of the hashing balancers
   * @return the balancer (weighted round robin with weights {@code 1 + i % 4})
   * @throws IllegalArgumentException naming an unknown balancer
   */
  static LoadBalancer named(String name, int backends, long seed) {
    return switch (name) {
      case MaglevHashing.NAME -> new MaglevHashing(backends, seed);
      case PowerOfTwoChoices.NAME -> new PowerOfTwoChoices(backends);
      case SmoothWeightedRoundRobin.NAME -> {
        int[] weights = new int[backends];
        for (int i = 0; i < backends; i++) {
          weights[i] = 1 + i % 4;
        }
        yield new SmoothWeightedRoundRobin(weights);
      }
      case LeastLoaded.NAME -> new LeastLoaded(backends);
      default ->
          throw new IllegalArgumentException(
              "unknown balancer '" + name + "': maglev, p2c, weighted-rr or least-loaded");
    };
  }

  /** Checks a backend count. */
  static int checkBackends(int backends) {
    if (backends < 1) {
      throw new IllegalArgumentException("a balancer needs at least 1 backend: " + backends);
    }
    return backends;
  }
}
