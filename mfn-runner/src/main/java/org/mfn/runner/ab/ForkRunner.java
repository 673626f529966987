package org.mfn.runner.ab;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mfn.core.result.RunLength;

/** Runs one fork of one benchmark parameter set from one build's jar. */
public interface ForkRunner {
  /**
   * The measured iterations of one fork.
   *
   * @param unit the primary score's unit
   * @param iterations the measured iteration scores
   * @param endNanos when each measured iteration ended, on this runner's {@link System#nanoTime()}
   *     clock (the moment JMH printed it), one per iteration; empty when unknown
   */
  record Fork(String unit, List<Double> iterations, List<Long> endNanos) {
    /** Copies the lists, and checks that the end times, if any, match the iterations. */
    public Fork {
      iterations = List.copyOf(iterations);
      endNanos = List.copyOf(endNanos);
      if (!endNanos.isEmpty() && endNanos.size() != iterations.size()) {
        throw new IllegalArgumentException(
            "end times " + endNanos.size() + " for " + iterations.size() + " iterations");
      }
    }

    /** A fork whose iterations' times are unknown. */
    public Fork(String unit, List<Double> iterations) {
      this(unit, iterations, List.of());
    }

    /** Returns the mean of the iterations. */
    public double mean() {
      return iterations.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
  }

  /**
   * Runs a fork.
   *
   * @param build which build (for messages)
   * @param jar the build's runner jar
   * @param benchmark the benchmark's full name
   * @param params the parameter set
   * @param length warm-up and measurement (its fork count is ignored: one fork)
   * @param work a directory for the fork's files
   * @param cpus CPUs to pin the fork's JVMs to ({@code taskset} list), or null for none
   * @param jvmArgs the measured JVM's arguments in place of the class's own {@code jvmArgsAppend},
   *     or empty to keep the class's own
   * @return the fork's iterations
   * @throws AbException if the fork fails or produces no score
   */
  Fork run(
      Build build,
      Path jar,
      String benchmark,
      Map<String, String> params,
      RunLength length,
      Path work,
      String cpus,
      List<String> jvmArgs);
}
