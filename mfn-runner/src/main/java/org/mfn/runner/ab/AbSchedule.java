package org.mfn.runner.ab;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The order of the two builds' forks in each round: randomized ABBA blocks. Rounds come in pairs;
 * the first round of a pair runs the builds in a random order and the second in the reverse, so
 * that each build runs first equally often (balanced, for an even number of rounds) and a drift
 * during a pair hits both builds alike (Abedi and Brecht's randomized multiple interleaved trials,
 * ICPE 2017). The same seed gives the same schedule.
 */
public final class AbSchedule {
  private AbSchedule() {}

  /**
   * Builds the schedule.
   *
   * @param rounds rounds, at least 1
   * @param seed the random seed
   * @return for each round, the two builds in the order they run
   * @throws IllegalArgumentException if rounds is below 1
   */
  public static List<Build[]> of(int rounds, long seed) {
    if (rounds < 1) {
      throw new IllegalArgumentException("an A/B comparison needs at least 1 round: " + rounds);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Build[]> schedule = new ArrayList<>();
    Build[] previous = null;
    for (int r = 0; r < rounds; r++) {
      Build[] order;
      if (r % 2 == 1) {
        order = new Build[] {previous[1], previous[0]};
      } else {
        order =
            random.nextBoolean()
                ? new Build[] {Build.OLD, Build.NEW}
                : new Build[] {Build.NEW, Build.OLD};
      }
      schedule.add(order);
      previous = order;
    }
    return schedule;
  }
}
