package org.mfn.core.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A discrete mix of packet sizes with integer weights, e.g. the simple IMIX {@code 64:7, 594:4,
 * 1518:1} (Ethernet frame sizes in bytes, weights in packets).
 *
 * <p>Immutable. Sizes are bytes, 1..65535; weights are positive.
 */
public final class PacketSizeMix {
  private static final PacketSizeMix IMIX = parse("64:7,594:4,1518:1");

  private final int[] sizes;
  private final int[] cumulativeWeights;

  private PacketSizeMix(int[] sizes, int[] cumulativeWeights) {
    this.sizes = sizes;
    this.cumulativeWeights = cumulativeWeights;
  }

  /** Returns the simple IMIX: 7 packets of 64 bytes, 4 of 594, 1 of 1518 (mean 353.8 bytes). */
  public static PacketSizeMix imix() {
    return IMIX;
  }

  /**
   * Parses {@code SIZE:WEIGHT[,SIZE:WEIGHT...]}.
   *
   * @param text e.g. {@code 64:7,594:4,1518:1}, or a single size such as {@code 1500}
   * @return the mix
   * @throws IllegalArgumentException naming the malformed entry
   */
  public static PacketSizeMix parse(String text) {
    List<int[]> entries = new ArrayList<>();
    for (String part : text.split(",")) {
      String[] fields = part.trim().split(":");
      if (fields.length > 2) {
        throw new IllegalArgumentException(
            "packet size entry must be SIZE[:WEIGHT]: '" + part + "'");
      }
      int size = parsePositive(fields[0], "packet size", part);
      int weight = fields.length == 2 ? parsePositive(fields[1], "packet weight", part) : 1;
      if (size > 65535) {
        throw new IllegalArgumentException("packet size must be 1..65535: '" + part + "'");
      }
      entries.add(new int[] {size, weight});
    }
    int[] sizes = new int[entries.size()];
    int[] cumulative = new int[entries.size()];
    int sum = 0;
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = entries.get(i)[0];
      sum = Math.addExact(sum, entries.get(i)[1]);
      cumulative[i] = sum;
    }
    return new PacketSizeMix(sizes, cumulative);
  }

  private static int parsePositive(String digits, String what, String entry) {
    try {
      int value = Integer.parseInt(digits.trim());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(what + " must be a positive integer: '" + entry + "'");
  }

  /**
   * Draws one packet size.
   *
   * @param random the source of randomness
   * @return a size in bytes
   */
  public int sample(SplittableRandom random) {
    int pick = random.nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
    int i = 0;
    while (cumulativeWeights[i] <= pick) {
      i++;
    }
    return sizes[i];
  }

  /** Returns the weighted mean size in bytes. */
  public double meanSize() {
    double total = 0;
    int previous = 0;
    for (int i = 0; i < sizes.length; i++) {
      total += (double) sizes[i] * (cumulativeWeights[i] - previous);
      previous = cumulativeWeights[i];
    }
    return total / previous;
  }

  /** Returns the mix in the form accepted by {@link #parse(String)}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    int previous = 0;
    for (int i = 0; i < sizes.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(sizes[i]).append(':').append(cumulativeWeights[i] - previous);
      previous = cumulativeWeights[i];
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PacketSizeMix && toString().equals(other.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
