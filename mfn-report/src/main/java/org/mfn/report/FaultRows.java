package org.mfn.report;

import java.util.Locale;
import org.mfn.core.result.FaultOutcome;

/** The cells of a fault scenario's row, shared by the HTML and Markdown reports. */
public final class FaultRows {
  private FaultRows() {}

  /** A latency in microseconds, or {@code -}. */
  public static String micros(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.1f µs", v);
  }

  /** A throughput, or {@code -}. */
  public static String rate(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.0f/s", v);
  }

  /** The recovery time, or {@code not recovered}. */
  public static String recovery(FaultOutcome o) {
    return o.recoverySeconds() == null
        ? "not recovered"
        : String.format(Locale.ROOT, "%.2f s", o.recoverySeconds());
  }

  /** When the fault happened, e.g. {@code 1.0-2.0 s} or {@code at 1.0 s}. */
  public static String window(FaultOutcome o) {
    return o.injectedAtSeconds() == o.clearedAtSeconds()
        ? String.format(Locale.ROOT, "at %.1f s", o.injectedAtSeconds())
        : String.format(Locale.ROOT, "%.1f-%.1f s", o.injectedAtSeconds(), o.clearedAtSeconds());
  }
}
