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
   */
  record Fork(String unit, List<Double> iterations) {
    /** Copies the list. */
    public Fork {
      iterations = List.copyOf(iterations);
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
      String cpus);
}
