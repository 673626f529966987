package org.mfn.runner.plan;

import java.util.ArrayList;
import java.util.List;
import org.mfn.core.result.RunLength;

/**
 * What the command line says about run lengths, applied on top of each benchmark class's own
 * {@code @Fork}, {@code @Warmup} and {@code @Measurement}: the class's annotations are the default,
 * a profile replaces them all, and single options replace one value. One rule for every benchmark,
 * so the source of each number is known and recorded.
 *
 * @param profile the profile that replaces the annotations, or null to keep each class's own
 * @param forks forks, or null
 * @param warmupIterations warm-up iterations per fork, or null
 * @param measurementIterations measured iterations per fork, or null
 * @param measurementSeconds seconds per measured iteration, or null
 */
public record RunLengthOverride(
    Profile profile,
    Integer forks,
    Integer warmupIterations,
    Integer measurementIterations,
    Double measurementSeconds) {

  /** Each class's annotations, unchanged. */
  public static final RunLengthOverride NONE = new RunLengthOverride(null, null, null, null, null);

  /** Checks the ranges of the values given. */
  public RunLengthOverride {
    if (forks != null && forks < 1) {
      throw new IllegalArgumentException(
          "forks must be at least 1 (0 would measure in the runner's own JVM): " + forks);
    }
    if (warmupIterations != null && warmupIterations < 0) {
      throw new IllegalArgumentException(
          "warm-up iterations must be 0 or more: " + warmupIterations);
    }
    if (measurementIterations != null && measurementIterations < 1) {
      throw new IllegalArgumentException(
          "measurement iterations must be at least 1: " + measurementIterations);
    }
  }

  /**
   * Applies the override to a class's own run length.
   *
   * @param own the class's annotations (with JMH's defaults where it has none)
   * @return the run length that runs
   */
  public RunLength applyTo(RunLength own) {
    RunLength base = profile == null ? own : profile.length();
    return new RunLength(
        forks != null ? forks : base.forks(),
        warmupIterations != null ? warmupIterations : base.warmupIterations(),
        base.warmupSeconds(),
        measurementIterations != null ? measurementIterations : base.measurementIterations(),
        measurementSeconds != null ? measurementSeconds : base.measurementSeconds());
  }

  /** Tells whether every benchmark runs with its class's own settings. */
  public boolean isNone() {
    return equals(NONE);
  }

  /**
   * Says where the run lengths come from, e.g. {@code class annotations}, {@code profile smoke} or
   * {@code profile quick, --forks 3}.
   */
  public String source() {
    List<String> parts = new ArrayList<>();
    parts.add(profile == null ? "class annotations" : "profile " + profile.cliName());
    if (forks != null) {
      parts.add("--forks " + forks);
    }
    if (warmupIterations != null) {
      parts.add("--warm-up " + warmupIterations);
    }
    if (measurementIterations != null) {
      parts.add("--sample-size " + measurementIterations);
    }
    if (measurementSeconds != null) {
      parts.add("--duration " + measurementSeconds + "s");
    }
    return String.join(", ", parts);
  }
}
