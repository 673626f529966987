package org.mfn.core.stats;

import java.util.function.DoubleUnaryOperator;

/**
 * A two-sided confidence interval.
 *
 * @param level confidence level in (0, 1), e.g. 0.95
 * @param lower lower bound, in the unit of the estimate
 * @param upper upper bound, not below {@code lower}
 * @param method how it was computed, e.g. {@code hierarchical-bootstrap-percentile}
 */
public record ConfidenceInterval(double level, double lower, double upper, String method) {

  /** Checks the bounds. */
  public ConfidenceInterval {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
    }
    if (!(lower <= upper)) {
      throw new IllegalArgumentException(
          "interval lower bound must not exceed the upper: " + lower + " > " + upper);
    }
  }

  /**
   * Returns the interval with both bounds mapped through a monotone function.
   *
   * @param increasing whether the function preserves order (else the bounds swap)
   * @param f the function
   * @return the mapped interval
   */
  public ConfidenceInterval map(boolean increasing, DoubleUnaryOperator f) {
    double a = f.applyAsDouble(lower);
    double b = f.applyAsDouble(upper);
    return new ConfidenceInterval(level, increasing ? a : b, increasing ? b : a, method);
  }

  /**
   * Returns the same bounds labelled with another nominal level (for intervals computed at an
   * adjusted level that stands for this one).
   *
   * @param nominal the level to report
   * @return the relabelled interval
   */
  public ConfidenceInterval withLevel(double nominal) {
    return new ConfidenceInterval(nominal, lower, upper, method);
  }

  /** Tells whether {@code value} lies inside the closed interval. */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }
}
