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
      if (seconds >= 0.001 && seconds <= 3600) {
        return seconds;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new TypeConversionException(
        "'" + value + "' is not a duration from 1ms to 1h (e.g. 500ms, 2s, 1m, 1h)");
  }
}
