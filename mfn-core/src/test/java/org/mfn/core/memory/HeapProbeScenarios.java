package org.mfn.core.memory;

/**
 * Runs {@link HeapProbe} on structures of known size and prints one line per scenario ({@code name
 * bytes}); {@link HeapProbeTest} starts it in a JVM configured as the memory benchmark's forks are.
 */
public final class HeapProbeScenarios {
  /**
   * 1,000 arrays of 1,000 longs (8,016 bytes each with a 16-byte header) and the outer array (16 +
   * 4 x 1,000 bytes with compressed references): no object large enough to be placed specially.
   */
  static final long ARRAYS_BYTES = 1_000 * (16 + 8 * 1_000L) + 16 + 4 * 1_000L;

  private HeapProbeScenarios() {}

  static long[][] arrays() {
    long[][] arrays = new long[1_000][];
    for (int i = 0; i < arrays.length; i++) {
      arrays[i] = new long[1_000];
      arrays[i][0] = i;
    }
    return arrays;
  }

  /**
   * Prints the scenarios.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    System.out.println("known " + HeapProbe.retainedBy(HeapProbeScenarios::arrays));
    System.out.println(
        "garbage "
            + HeapProbe.retainedBy(
                () -> {
                  long[][] garbage = arrays();
                  return garbage.length > 0 ? "small" : "";
                }));
    Object[] field = {arrays()};
    System.out.println(
        "handed "
            + HeapProbe.retainedBy(
                () -> {
                  Object handed = field[0];
                  field[0] = null;
                  return handed;
                }));
    System.out.println("fieldCleared " + (field[0] == null));
  }
}
