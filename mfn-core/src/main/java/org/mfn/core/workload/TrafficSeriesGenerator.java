package org.mfn.core.workload;

import java.util.SplittableRandom;

/**
 * Seeded traffic context for the prediction layer: per-destination traffic volume over time, one
 * value per interval, made of a level, a trend, daily and weekly seasonality, bursts and noise; and
 * per-flow context vectors. The same arguments give the same values, bit for bit ({@link
 * StrictMath}). Not thread-safe.
 *
 * <p>A series is {@code level x (1 + trend t) x (1 + daily(t) + weekly(t)) + bursts + noise}, with
 * {@link #INTERVALS_PER_DAY} intervals a day (so a day is 24 intervals of an hour); each
 * destination draws its own level, trend, seasonal amplitudes and phases. Values stay positive.
 */
public final class TrafficSeriesGenerator {
  /** Intervals in a day (hours). */
  public static final int INTERVALS_PER_DAY = 24;

  /** Intervals in a week. */
  public static final int INTERVALS_PER_WEEK = 7 * INTERVALS_PER_DAY;

  private TrafficSeriesGenerator() {}

  /**
   * Volume series of several destinations.
   *
   * @param destinations series, at least 1
   * @param length intervals per series, at least 2
   * @param seed the seed
   * @return {@code destinations x length} values, row-major, all positive and finite
   * @throws IllegalArgumentException naming a count out of range
   */
  public static float[] series(int destinations, int length, long seed) {
    if (destinations < 1) {
      throw new IllegalArgumentException("at least 1 destination is needed: " + destinations);
    }
    if (length < 2) {
      throw new IllegalArgumentException("a series needs at least 2 intervals: " + length);
    }
    SplittableRandom random = new SplittableRandom(seed);
    float[] values = new float[destinations * length];
    for (int d = 0; d < destinations; d++) {
      double level = 100 + 900 * random.nextDouble();
      double trend = (random.nextDouble() - 0.5) * 0.002;
      double daily = 0.3 + 0.4 * random.nextDouble();
      double weekly = 0.05 + 0.2 * random.nextDouble();
      double dailyPhase = random.nextDouble() * 2 * Math.PI;
      double weeklyPhase = random.nextDouble() * 2 * Math.PI;
      double burst = 0;
      for (int t = 0; t < length; t++) {
        double season =
            daily * StrictMath.sin(2 * Math.PI * t / INTERVALS_PER_DAY + dailyPhase)
                + weekly * StrictMath.sin(2 * Math.PI * t / INTERVALS_PER_WEEK + weeklyPhase);
        burst = burst * 0.6 + (random.nextInt(50) == 0 ? 1.5 * random.nextDouble() : 0);
        double noise = 0.05 * (2 * random.nextDouble() - 1);
        double v = level * (1 + trend * t) * (1 + season + burst + noise);
        values[d * length + t] = (float) Math.max(1, v);
      }
    }
    return values;
  }

  /**
   * Per-flow context vectors: a few cluster centres (kinds of flow context) and each vector a
   * centre plus noise, so that nearest-context matching has structure to find.
   *
   * @param count vectors, at least 1
   * @param width values per vector, at least 1
   * @param clusters centres, at least 1
   * @param seed the seed
   * @return {@code count x width} values, row-major
   */
  public static float[] contexts(int count, int width, int clusters, long seed) {
    if (count < 1 || width < 1 || clusters < 1) {
      throw new IllegalArgumentException(
          "contexts need a count, width and cluster count of at least 1: "
              + count
              + ", "
              + width
              + ", "
              + clusters);
    }
    SplittableRandom random = new SplittableRandom(seed);
    float[] centres = new float[clusters * width];
    for (int i = 0; i < centres.length; i++) {
      centres[i] = (float) (2 * random.nextDouble() - 1);
    }
    float[] values = new float[count * width];
    for (int c = 0; c < count; c++) {
      int centre = random.nextInt(clusters);
      for (int i = 0; i < width; i++) {
        values[c * width + i] =
            centres[centre * width + i] + (float) (0.3 * (2 * random.nextDouble() - 1));
      }
    }
    return values;
  }
}
