package org.mfn.core.harness;

import java.util.List;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.FaultOutcome;

/**
 * What a run's harness probes produced, as their JVM hands it to the runner: the fault scenarios'
 * outcomes and the fixed-rate latency probes as benchmark results.
 *
 * @param faults the fault scenarios
 * @param probes the latency probes ({@link HarnessResult#toBenchmarkResult})
 */
public record ProbeResults(List<FaultOutcome> faults, List<BenchmarkResult> probes) {
  /** Copies the lists (absent ones empty). */
  public ProbeResults {
    faults = faults == null ? List.of() : List.copyOf(faults);
    probes = probes == null ? List.of() : List.copyOf(probes);
  }
}
