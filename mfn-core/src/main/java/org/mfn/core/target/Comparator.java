package org.mfn.core.target;

/** How a claim compares its measured value with its threshold. */
public enum Comparator {
  /** Measured must be below the threshold. */
  LT("<"),
  /** Measured must be at most the threshold. */
  LE("<="),
  /** Measured must be above the threshold. */
  GT(">"),
  /** Measured must be at least the threshold. */
  GE(">=");

  private final String symbol;

  Comparator(String symbol) {
    this.symbol = symbol;
  }

  /** Returns the symbol, e.g. {@code <}. */
  public String symbol() {
    return symbol;
  }

  /**
   * Decides a claim from an interval: PASS when the whole interval satisfies the comparison, FAIL
   * when none of it does, INCONCLUSIVE when the threshold lies inside.
   *
   * @param lower lower bound of the measured value
   * @param upper upper bound
   * @param threshold the claim's threshold
   * @return the verdict
   */
  public Verdict decide(double lower, double upper, double threshold) {
    switch (this) {
      case LT:
        return upper < threshold
            ? Verdict.PASS
            : lower >= threshold ? Verdict.FAIL : Verdict.INCONCLUSIVE;
      case LE:
        return upper <= threshold
            ? Verdict.PASS
            : lower > threshold ? Verdict.FAIL : Verdict.INCONCLUSIVE;
      case GT:
        return lower > threshold
            ? Verdict.PASS
            : upper <= threshold ? Verdict.FAIL : Verdict.INCONCLUSIVE;
      default:
        return lower >= threshold
            ? Verdict.PASS
            : upper < threshold ? Verdict.FAIL : Verdict.INCONCLUSIVE;
    }
  }
}
