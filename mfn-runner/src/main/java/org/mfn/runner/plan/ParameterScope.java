package org.mfn.runner.plan;

/** Which parameter sets of each benchmark a run measures. */
public enum ParameterScope {
  /**
   * The sets the claims name, else each parameter's first value ({@link ClaimParameters}): every
   * claim measured once. The default for the smoke profile and for a run without a profile.
   */
  CLAIMS,
  /** Every combination of every parameter's values. The default for quick, standard, thorough. */
  ALL;

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
