package org.mfn.runner.alert;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an alert rule watches; the file names them in kebab case ({@code claim-failed}). */
public enum AlertKind {
  /** A claim's verdict is FAIL (informational claims never alert). */
  CLAIM_FAILED,
  /** A metric of a regression check or an A/B comparison is REGRESSED. */
  REGRESSED,
  /** The run failed (a benchmark threw, a fork died) before it could be judged. */
  RUN_FAILED,
  /** A live iteration crossed a threshold on the dashboard. */
  LIVE_THRESHOLD;

  /** Returns the name as the file writes it. */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Finds a kind by its file name. */
  public static Optional<AlertKind> byFileName(String name) {
    return Arrays.stream(values()).filter(k -> k.fileName().equals(name)).findFirst();
  }
}
