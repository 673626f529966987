package org.mfn.core.memory;

/**
 * What {@link LeakDetector} found: the trend of the heap retained after each round of a workload.
 *
 * @param retainedBytes used heap after full collections after each round, bytes, in round order
 * @param slopeBytesPerRound the least-squares slope of {@code retainedBytes} over the rounds
 * @param slopeLower lower bound of the slope's two-sided confidence interval (Student t)
 * @param slopeUpper upper bound of that interval
 * @param growthBytes {@code slope * (rounds - 1)}: the growth the trend implies over the run
 * @param suspected whether the heap grows: the interval lies above zero and the implied growth
 *     exceeds the detector's minimum
 */
public record LeakReport(
    long[] retainedBytes,
    double slopeBytesPerRound,
    double slopeLower,
    double slopeUpper,
    double growthBytes,
    boolean suspected) {

  /** Copies the array. */
  public LeakReport {
    retainedBytes = retainedBytes.clone();
  }

  /** Returns the samples (a copy). */
  @Override
  public long[] retainedBytes() {
    return retainedBytes.clone();
  }

  /** One line for a report: the slope and whether it is a suspected leak. */
  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "%s: retained heap %+.0f bytes/round (95%% CI %+.0f .. %+.0f) over %d rounds",
        suspected ? "suspected leak" : "no leak",
        slopeBytesPerRound,
        slopeLower,
        slopeUpper,
        retainedBytes.length);
  }
}
