package org.mfn.core.regression;

/**
 * One benchmark measured by two builds round by round, interleaved on one machine: the mean score
 * of each build's fork in each round, the two arrays aligned by round.
 *
 * @param benchmark the benchmark's label (name and parameters)
 * @param unit the scores' unit (the direction comes from it)
 * @param oldRounds the old build's fork mean in each round
 * @param newRounds the new build's fork mean in each round, same length
 */
public record PairedRounds(String benchmark, String unit, double[] oldRounds, double[] newRounds) {
  /** Checks the lengths and copies the arrays. */
  public PairedRounds {
    if (oldRounds.length != newRounds.length) {
      throw new IllegalArgumentException(
          benchmark
              + ": rounds of the two builds differ in number: "
              + oldRounds.length
              + " and "
              + newRounds.length);
    }
    oldRounds = oldRounds.clone();
    newRounds = newRounds.clone();
  }

  /** Returns the number of rounds. */
  public int rounds() {
    return oldRounds.length;
  }
}
