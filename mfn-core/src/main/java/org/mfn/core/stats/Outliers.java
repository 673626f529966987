package org.mfn.core.stats;

/**
 * Samples outside Tukey's fences, counted and never removed: mild ones lie between 1.5 and 3
 * interquartile ranges beyond the quartiles, severe ones further out (Tukey 1977).
 *
 * @param mildLow mild outliers below the first quartile
 * @param mildHigh mild outliers above the third quartile
 * @param severeLow severe outliers below
 * @param severeHigh severe outliers above
 */
public record Outliers(int mildLow, int mildHigh, int severeLow, int severeHigh) {

  /**
   * Counts the outliers of a sample.
   *
   * @param q1 the first quartile
   * @param q3 the third quartile
   * @param values the samples
   * @return the counts
   */
  public static Outliers of(double q1, double q3, double[] values) {
    double iqr = q3 - q1;
    int mildLow = 0;
    int mildHigh = 0;
    int severeLow = 0;
    int severeHigh = 0;
    for (double v : values) {
      if (v < q1 - 3 * iqr) {
        severeLow++;
      } else if (v < q1 - 1.5 * iqr) {
        mildLow++;
      } else if (v > q3 + 3 * iqr) {
        severeHigh++;
      } else if (v > q3 + 1.5 * iqr) {
        mildHigh++;
      }
    }
    return new Outliers(mildLow, mildHigh, severeLow, severeHigh);
  }

  /** Returns the number of outliers of either kind. */
  public int total() {
    return mildLow + mildHigh + severeLow + severeHigh;
  }
}
