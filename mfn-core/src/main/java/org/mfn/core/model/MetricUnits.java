package org.mfn.core.model;

import java.util.Locale;
import java.util.Map;

/**
 * Units of benchmark metrics and claims: conversion within a family and the better direction.
 *
 * <p>Families: time per operation ({@code s/op, ms/op, us/op, ns/op}; {@code ms, us, ns} in a claim
 * mean the same), rate ({@code ops/s, ops/ms, ops/us, ops/ns}), bytes ({@code B, KB, MB, GB},
 * decimal, and {@code B/op}), bit rate ({@code bps, Mbps, Gbps}), percent ({@code %}) and counts
 * (any other word, e.g. {@code flows}, converted only to itself). Time and bytes are better when
 * lower; rates, bit rates, percents and counts when higher, unless the claim's comparator says
 * otherwise.
 */
public final class MetricUnits {
  /** The families of units. */
  public enum Family {
    /** Time per operation; lower is better. */
    TIME_PER_OP(true),
    /** Operations per time; higher is better. */
    RATE(false),
    /** Bytes; lower is better. */
    BYTES(true),
    /** Bits per second; higher is better. */
    BIT_RATE(false),
    /** Percent; higher is better. */
    PERCENT(false),
    /** A count of things; higher is better. */
    COUNT(false);

    private final boolean lowerIsBetter;

    Family(boolean lowerIsBetter) {
      this.lowerIsBetter = lowerIsBetter;
    }

    /** Tells whether a lower value is the better one. */
    public boolean lowerIsBetter() {
      return lowerIsBetter;
    }
  }

  private static final Map<String, Double> TIME =
      Map.of("s", 1.0, "ms", 1e-3, "us", 1e-6, "µs", 1e-6, "ns", 1e-9);
  private static final Map<String, Double> BYTES =
      Map.of("b", 1.0, "kb", 1e3, "mb", 1e6, "gb", 1e9, "b/op", 1.0);
  private static final Map<String, Double> BITS = Map.of("bps", 1.0, "mbps", 1e6, "gbps", 1e9);

  private MetricUnits() {}

  /**
   * Returns the family of a unit.
   *
   * @param unit e.g. {@code ns/op}
   * @return the family
   */
  public static Family family(String unit) {
    String u = unit.trim().toLowerCase(Locale.ROOT);
    if (u.startsWith("ops/")) {
      return Family.RATE;
    }
    if (TIME.containsKey(stripPerOp(u))) {
      return Family.TIME_PER_OP;
    }
    if (BYTES.containsKey(u)) {
      return Family.BYTES;
    }
    if (BITS.containsKey(u)) {
      return Family.BIT_RATE;
    }
    return "%".equals(u) ? Family.PERCENT : Family.COUNT;
  }

  /**
   * Converts a value between two units of one family.
   *
   * @param value the value in {@code from}
   * @param from its unit
   * @param to the wanted unit
   * @return the value in {@code to}
   * @throws IllegalArgumentException if the units are of different families, or are two different
   *     counts
   */
  public static double convert(double value, String from, String to) {
    Family family = family(from);
    boolean differentCounts = family == Family.COUNT && !from.trim().equalsIgnoreCase(to.trim());
    if (family != family(to) || differentCounts) {
      throw new IllegalArgumentException("cannot convert " + from + " to " + to);
    }
    return value * scale(from, family) / scale(to, family);
  }

  private static double scale(String unit, Family family) {
    String u = unit.trim().toLowerCase(Locale.ROOT);
    switch (family) {
      case TIME_PER_OP:
        return TIME.get(stripPerOp(u));
      case RATE:
        return 1.0 / TIME.get(u.substring(4));
      case BYTES:
        return BYTES.get(u);
      case BIT_RATE:
        return BITS.get(u);
      default:
        return 1.0;
    }
  }

  private static String stripPerOp(String unit) {
    return unit.endsWith("/op") ? unit.substring(0, unit.length() - 3) : unit;
  }
}
