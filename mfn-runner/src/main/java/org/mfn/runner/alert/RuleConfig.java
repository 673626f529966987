package org.mfn.runner.alert;

import java.util.regex.Pattern;

/**
 * One rule of the alerts file.
 *
 * @param kind what it watches
 * @param match for claim-failed, regressed and live-threshold: which claim ids or benchmark labels
 *     it covers (a regular expression searched in them); null for all
 * @param threshold for live-threshold: the rule as {@code --alert} takes it ({@code REGEX>VALUE});
 *     null otherwise
 */
public record RuleConfig(AlertKind kind, Pattern match, String threshold) {
  /** Whether the rule covers a claim id or benchmark label. */
  public boolean covers(String name) {
    return match == null || match.matcher(name).find();
  }
}
