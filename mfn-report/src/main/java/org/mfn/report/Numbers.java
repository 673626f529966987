package org.mfn.report;

import java.util.Locale;
import org.mfn.core.stats.ConfidenceInterval;

/** Formats measured values for people: about four significant digits, intervals in brackets. */
public final class Numbers {
  private Numbers() {}

  /**
   * Formats a value with about four significant digits.
   *
   * @param value the value
   * @return e.g. {@code 12.35}, {@code 0.0001234}, {@code 1.235e+09}, {@code 0}
   */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    double magnitude = Math.abs(value);
    if (magnitude != 0 && (magnitude >= 1e7 || magnitude < 1e-4)) {
      return String.format(Locale.ROOT, "%.3e", value);
    }
    if (magnitude == 0) {
      return "0";
    }
    int decimals = Math.max(0, 3 - (int) Math.floor(Math.log10(magnitude)));
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /**
   * Formats an interval.
   *
   * @param ci the interval, or null
   * @return {@code [lower, upper]}, or {@code -} when null
   */
  public static String interval(ConfidenceInterval ci) {
    return ci == null ? "-" : "[" + format(ci.lower()) + ", " + format(ci.upper()) + "]";
  }
}
