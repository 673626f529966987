package org.mfn.runner.plan;

import java.util.Locale;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;

/**
 * The traditional systems the baseline generator ({@code baseline}) runs, and which {@code
 * BASELINE} benchmarks belong to each: told apart by the benchmark's layer and the implementation
 * its {@code @Measures} names, so that a new baseline benchmark joins its group by its label.
 */
public enum BaselineSystem {
  /** Route decisions asked over HTTP/1.1 on loopback ({@code --simulate-network}). */
  NETWORK("--simulate-network", "HTTP routing on loopback"),
  /** Flow lookups in an SQLite database over JDBC ({@code --simulate-database}). */
  DATABASE("--simulate-database", "SQLite over JDBC for flow lookups"),
  /** Naive similarity search and forecasting ({@code --simulate-ml}). */
  ML("--simulate-ml", "naive ML (scalar similarity, naive forecasters)");

  private final String option;
  private final String description;

  BaselineSystem(String option, String description) {
    this.option = option;
    this.description = description;
  }

  /** Returns the command-line option that selects this system. */
  public String option() {
    return option;
  }

  /** Returns what the system is, in words. */
  public String description() {
    return description;
  }

  /**
   * Tells whether a benchmark measures this system.
   *
   * @param b a catalogued benchmark
   * @return whether it is a {@code BASELINE} of this system
   */
  public boolean includes(BenchmarkInfo b) {
    if (b.role() != Role.BASELINE) {
      return false;
    }
    String implementation =
        b.implementation() == null ? "" : b.implementation().toLowerCase(Locale.ROOT);
    return switch (this) {
      case NETWORK -> implementation.contains("http");
      case DATABASE -> implementation.contains("sqlite");
      case ML -> b.layer() == Layer.DSR || b.layer() == Layer.CPE;
    };
  }
}
