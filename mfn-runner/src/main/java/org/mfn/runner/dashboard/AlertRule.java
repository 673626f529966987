package org.mfn.runner.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A threshold that raises an alert when a live iteration of a matching benchmark crosses it: {@code
 * REGEX>VALUE} (alert above) or {@code REGEX<VALUE} (alert below), the value in the benchmark's own
 * unit, e.g. {@code FlowRegistryMatch.registry>150} for scores in ns/op.
 *
 * @param benchmark pattern searched in the benchmark's label (name and parameters)
 * @param above whether values above the threshold alert (else values below)
 * @param threshold the threshold, in the benchmark's unit
 * @param text the rule as written
 */
record AlertRule(Pattern benchmark, boolean above, double threshold, String text) {

  /**
   * Parses a rule.
   *
   * @param text e.g. {@code Dijkstra>200}
   * @return the rule
   * @throws IllegalArgumentException naming the malformed rule
   */
  static AlertRule parse(String text) {
    int at = Math.max(text.lastIndexOf('>'), text.lastIndexOf('<'));
    if (at <= 0 || at == text.length() - 1) {
      throw new IllegalArgumentException(
          "an alert is REGEX>VALUE or REGEX<VALUE, e.g. Dijkstra>200: '" + text + "'");
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(text.substring(0, at));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "alert '" + text + "' has a bad regular expression: " + e.getDescription(), e);
    }
    double value;
    try {
      value = Double.parseDouble(text.substring(at + 1).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("alert '" + text + "' has no number after its sign", e);
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("alert '" + text + "' has no finite threshold");
    }
    return new AlertRule(pattern, text.charAt(at) == '>', value, text);
  }

  /** Parses every rule. */
  static List<AlertRule> parseAll(List<String> texts) {
    List<AlertRule> rules = new ArrayList<>();
    for (String t : texts) {
      rules.add(parse(t));
    }
    return rules;
  }

  /** Tells whether a value of a benchmark crosses this rule. */
  boolean crossedBy(String label, double value) {
    return benchmark.matcher(label).find() && (above ? value > threshold : value < threshold);
  }

  /** Describes the alert for a value. */
  String describe(String label, double value, String unit) {
    return String.format(
        Locale.ROOT,
        "%s: %s %s is %s the alert threshold %s (%s)",
        label,
        Double.toString(value),
        unit,
        above ? "above" : "below",
        Double.toString(threshold),
        text);
  }
}
