package org.mfn.layers.alm;

import java.util.Arrays;

/**
 * Maglev consistent hashing (Eisenbud et al., NSDI 2016): a lookup table of prime size {@code M}
 * filled by the backends in turn, each taking the next free slot of its own permutation {@code
 * (offset + j * skip) mod M}. A selection is one table read at {@code hash mod M}. Every backend
 * owns {@code floor(M/N)} or {@code ceil(M/N)} slots, and when a backend is removed the table is
 * refilled from the same permutations, so about {@code 1/N} of the flows move and few others do.
 *
 * <p>{@code M} is the smallest prime of at least {@code max(65537, 100 N)}, as the paper advises.
 * Backends keep their ids when others are removed. Not thread-safe for {@link #remove}; selection
 * only reads.
 */
public final class MaglevHashing implements LoadBalancer {
  /** Its name. */
  public static final String NAME = "maglev";

  private final int backends;
  private final int size;
  private final long seed;
  private final boolean[] removed;
  private int[] table;

  /**
   * Builds the table over backends {@code 0 .. backends-1}.
   *
   * @param backends backends, at least 1
   * @param seed seed of the backends' permutations
   */
  public MaglevHashing(int backends, long seed) {
    this.backends = LoadBalancer.checkBackends(backends);
    this.size = nextPrime(Math.max(65_537, 100L * backends));
    this.seed = seed;
    this.removed = new boolean[backends];
    this.table = populate();
  }

  @Override
  public int select(long flowHash) {
    return table[(int) Long.remainderUnsigned(flowHash, size)];
  }

  /**
   * Takes a backend out and refills the table from the others' permutations.
   *
   * @param backend the backend
   * @throws IllegalArgumentException if it is out of range, already removed, or the last one left
   */
  public void remove(int backend) {
    if (backend < 0 || backend >= backends || removed[backend]) {
      throw new IllegalArgumentException(
          "backend must be one of the active backends in 0.." + (backends - 1) + ": " + backend);
    }
    int active = 0;
    for (boolean r : removed) {
      active += r ? 0 : 1;
    }
    if (active == 1) {
      throw new IllegalArgumentException("cannot remove backend " + backend + ": it is the last");
    }
    removed[backend] = true;
    table = populate();
  }

  /** Returns the table size {@code M}. */
  public int tableSize() {
    return size;
  }

  /** Returns how many table slots each backend owns (a new array). */
  public int[] slotsPerBackend() {
    int[] counts = new int[backends];
    for (int b : table) {
      counts[b]++;
    }
    return counts;
  }

  @Override
  public int backendCount() {
    return backends;
  }

  @Override
  public String name() {
    return NAME;
  }

  private int[] populate() {
    long[] offset = new long[backends];
    long[] skip = new long[backends];
    long[] next = new long[backends];
    for (int b = 0; b < backends; b++) {
      offset[b] = Long.remainderUnsigned(mix(seed ^ (b * 0x9E3779B97F4A7C15L)), size);
      skip[b] = Long.remainderUnsigned(mix(~seed + b * 0xC2B2AE3D27D4EB4FL), size - 1) + 1;
    }
    int[] entries = new int[size];
    Arrays.fill(entries, -1);
    int filled = 0;
    while (true) {
      for (int b = 0; b < backends; b++) {
        if (removed[b]) {
          continue;
        }
        int slot = (int) ((offset[b] + next[b] * skip[b]) % size);
        while (entries[slot] >= 0) {
          next[b]++;
          slot = (int) ((offset[b] + next[b] * skip[b]) % size);
        }
        entries[slot] = b;
        next[b]++;
        if (++filled == size) {
          return entries;
        }
      }
    }
  }

  /** A 64-bit finalizer (SplitMix64's): well-spread values from consecutive inputs. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static int nextPrime(long atLeast) {
    for (long n = Math.max(2, atLeast); ; n++) {
      if (isPrime(n)) {
        return Math.toIntExact(n);
      }
    }
  }

  private static boolean isPrime(long n) {
    if (n < 4) {
      return n >= 2;
    }
    if (n % 2 == 0) {
      return false;
    }
    for (long d = 3; d * d <= n; d += 2) {
      if (n % d == 0) {
        return false;
      }
    }
    return true;
  }
}
