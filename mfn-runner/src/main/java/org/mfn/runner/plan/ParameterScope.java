package org.mfn.runner.plan;

import java.util.Locale;
import java.util.Optional;

/** Which parameter sets of each benchmark a run measures. */
public enum ParameterScope {
  /**
   * The sets the claims name, else each parameter's first value ({@link ClaimParameters}): every
   * claim measured once. The default for the smoke profile and for a run without a profile.
   */
  CLAIMS,
  /** Every combination of every parameter's values. The default for quick, standard, thorough. */
  ALL;

  /** The help text of the {@code --parameter-sets} option. */
  public static final String OPTION_DESCRIPTION =
      "Which parameter sets run: claims (those the claims name, else each parameter's first"
          + " value; the default without a profile and for smoke) or all (every combination;"
          + " the default for quick, standard, thorough).";

  /**
   * Reads a scope's name as {@code --parameter-sets} takes it.
   *
   * @param name {@code claims} or {@code all}, in any case, with surrounding blanks allowed
   * @return the scope, or empty for any other name
   */
  public static Optional<ParameterScope> byName(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "claims" -> Optional.of(CLAIMS);
      case "all" -> Optional.of(ALL);
      default -> Optional.empty();
    };
  }

  /**
   * The scope a profile runs by default.
   *
   * @param profile the profile, or null for the classes' own run lengths
   * @return the scope
   */
  public static ParameterScope defaultFor(Profile profile) {
    return profile == null || profile == Profile.SMOKE ? CLAIMS : ALL;
  }
}
