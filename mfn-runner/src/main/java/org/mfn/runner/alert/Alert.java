package org.mfn.runner.alert;

import java.util.Map;

/**
 * One alert.
 *
 * @param key identifies it within a run: the same key is sent once per run (e.g. {@code
 *     claim-failed:ifr.exact-match})
 * @param kind what raised it
 * @param title one line, e.g. {@code Claim ifr.exact-match FAILED: 0.13 ms (target < 0.1 ms)}
 * @param details name-value facts for the payload (measured value, threshold, interval, ...)
 */
public record Alert(String key, AlertKind kind, String title, Map<String, Object> details) {
  /** Copies the details. */
  public Alert {
    details = Map.copyOf(details);
  }
}
