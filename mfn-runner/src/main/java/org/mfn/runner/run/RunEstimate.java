package org.mfn.runner.run;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mfn.core.result.RunLength;
import org.mfn.runner.jmh.JmhDriver;
import org.mfn.runner.plan.BenchmarkInfo;
import org.mfn.runner.plan.ParameterScope;
import org.mfn.runner.plan.RunPlan;

/**
 * The one line that says, before a run (or instead of it, with {@code --dry-run}), what will run,
 * with which run lengths, where they come from, and how long it should take.
 */
public final class RunEstimate {
  private RunEstimate() {}

  /**
   * Describes a plan, e.g. {@code Run lengths from class annotations: 12 benchmark(s), 20 parameter
   * set(s); 3 fork(s) x (5 x 1s warm-up + 5 x 1s measured) for 18, ...; estimated 9m}.
   *
   * @param plan the plan
   * @param selected the benchmarks that will run
   * @return the line
   */
  public static String describe(RunPlan plan, List<BenchmarkInfo> selected) {
    int sets = selected.stream().mapToInt(plan::parameterSets).sum();
    Set<String> lengths = new LinkedHashSet<>();
    for (BenchmarkInfo b : selected) {
      RunLength length = plan.lengthOf(b);
      lengths.add(b.singleShot() ? singleShot(length) : length.describe());
    }
    double seconds = plan.estimateSeconds(selected, JmhDriver.SETUP_SECONDS_PER_FORK);
    return "Run lengths from "
        + plan.jmh().lengths().source()
        + (plan.parameterScope() == ParameterScope.CLAIMS
            ? " (parameter sets: those the claims name, else each parameter's first value)"
            : "")
        + ": "
        + selected.size()
        + " benchmark(s), "
        + sets
        + " parameter set(s); "
        + String.join("; ", lengths)
        + "; estimated "
        + ConsoleProgress.duration(seconds);
  }

  private static String singleShot(RunLength length) {
    return length.forks()
        + " fork(s) x ("
        + length.warmupIterations()
        + " + "
        + length.measurementIterations()
        + " single-shot)";
  }
}
