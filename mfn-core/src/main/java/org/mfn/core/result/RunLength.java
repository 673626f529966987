package org.mfn.core.result;

/**
 * How long JMH runs one benchmark parameter set: forks, and per fork the warm-up and measured
 * iterations with their durations. For single-shot benchmarks the durations do not apply (each
 * iteration is one call).
 *
 * @param forks forked JVMs, at least 1
 * @param warmupIterations warm-up iterations per fork, 0 or more
 * @param warmupSeconds seconds per warm-up iteration, positive
 * @param measurementIterations measured iterations per fork, at least 1
 * @param measurementSeconds seconds per measured iteration, positive
 */
public record RunLength(
    int forks,
    int warmupIterations,
    double warmupSeconds,
    int measurementIterations,
    double measurementSeconds) {

  /** Checks the ranges. */
  public RunLength {
    if (forks < 1) {
      throw new IllegalArgumentException(
          "forks must be at least 1 (0 would measure in the runner's own JVM): " + forks);
    }
    if (warmupIterations < 0) {
      throw new IllegalArgumentException(
          "warm-up iterations must be 0 or more: " + warmupIterations);
    }
    if (measurementIterations < 1) {
      throw new IllegalArgumentException(
          "measurement iterations must be at least 1: " + measurementIterations);
    }
    if (!(warmupSeconds > 0) || !(measurementSeconds > 0)) {
      throw new IllegalArgumentException(
          "iteration times must be positive: " + warmupSeconds + ", " + measurementSeconds);
    }
  }

  /**
   * Estimates the wall time of one parameter set: forks times (JVM start and setup, warm-up,
   * measurement).
   *
   * @param setupSeconds assumed JVM start and trial setup per fork
   * @param singleShotSeconds assumed time of one single-shot iteration, used instead of the
   *     iteration times when {@code singleShot}
   * @param singleShot whether the benchmark runs in single-shot mode
   * @return seconds
   */
  public double estimateSeconds(double setupSeconds, double singleShotSeconds, boolean singleShot) {
    double warmup = singleShot ? singleShotSeconds : warmupSeconds;
    double measured = singleShot ? singleShotSeconds : measurementSeconds;
    return forks * (setupSeconds + warmupIterations * warmup + measurementIterations * measured);
  }

  /** Returns e.g. {@code 3 fork(s) x (5 x 1s warm-up + 5 x 1s measured)}. */
  public String describe() {
    return forks
        + " fork(s) x ("
        + warmupIterations
        + " x "
        + seconds(warmupSeconds)
        + " warm-up + "
        + measurementIterations
        + " x "
        + seconds(measurementSeconds)
        + " measured)";
  }

  private static String seconds(double s) {
    return s >= 1 && s == Math.rint(s) ? (long) s + "s" : Math.round(s * 1000) + "ms";
  }
}
