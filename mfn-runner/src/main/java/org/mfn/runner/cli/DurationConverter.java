package org.mfn.runner.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses a duration option into seconds: {@code 500ms}, {@code 2s}, {@code 1m}, {@code 1h}, or a
 * plain number of seconds; from 1 ms to 1 h inclusive.
 */
public final class DurationConverter implements ITypeConverter<Double> {
  @Override
  public Double convert(String value) {
    try {
      return parse(value, 3600);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /**
   * Parses a duration.
   *
   * @param value e.g. {@code 500ms}, {@code 2s}, {@code 1m}, {@code 2h}
   * @param maxSeconds the largest accepted
   * @return seconds, from 0.001 to {@code maxSeconds}
   * @throws IllegalArgumentException naming the value and the range
   */
  static double parse(String value, double maxSeconds) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    double scale = 1;
    if (v.endsWith("ms")) {
      scale = 0.001;
      v = v.substring(0, v.length() - 2);
    } else if (v.endsWith("s")) {
      v = v.substring(0, v.length() - 1);
    } else if (v.endsWith("m")) {
      scale = 60;
      v = v.substring(0, v.length() - 1);
    } else if (v.endsWith("h")) {
      scale = 3600;
      v = v.substring(0, v.length() - 1);
    }
    try {
      double seconds = Double.parseDouble(v) * scale;
      if (seconds >= 0.001 && seconds <= maxSeconds) {
        return seconds;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "'"
            + value
            + "' is not a duration from 1ms to "
            + (maxSeconds >= 3600 ? Math.round(maxSeconds / 3600) + "h" : maxSeconds + "s")
            + " (e.g. 500ms, 2s, 1m, 1h)");
  }
}
