package org.mfn.core.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.mfn.core.regression.ComparisonReport;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.EnvironmentInfo;
import org.mfn.core.result.FaultOutcome;
import org.mfn.core.result.Improvement;
import org.mfn.core.result.RunSettings;
import org.mfn.core.target.TargetVerdict;

/**
 * Everything a run produced: the content of {@code results.json}.
 *
 * <p>Versioned: readers check {@link #schemaVersion()} against {@link #SCHEMA_VERSION} and refuse a
 * file of another major version with a clear message.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} when written by this build
 * @param environment where and when
 * @param settings how the run was configured
 * @param benchmarks every benchmark result, in run order
 * @param improvements MFN against baselines and peers, per subject and parameter set (empty, never
 *     null)
 * @param targets the verdict on every claim of the catalogue (empty, never null)
 * @param comparison the comparison with a baseline run ({@code --regression-check}), or null
 * @param faults the integration's fault scenarios, when the run measured them (empty, never null)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunResult(
    int schemaVersion,
    EnvironmentInfo environment,
    RunSettings settings,
    List<BenchmarkResult> benchmarks,
    List<Improvement> improvements,
    List<TargetVerdict> targets,
    ComparisonReport comparison,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FaultOutcome> faults) {

  /** The schema version this build writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  /**
   * Reads absent lists as empty ({@code improvements} and {@code targets} are missing from files
   * written without a claims catalogue), so that every reader sees lists.
   */
  public RunResult {
    improvements = improvements == null ? List.of() : improvements;
    targets = targets == null ? List.of() : targets;
    faults = faults == null ? List.of() : List.copyOf(faults);
  }

  /** A run without fault scenarios. */
  public RunResult(
      int schemaVersion,
      EnvironmentInfo environment,
      RunSettings settings,
      List<BenchmarkResult> benchmarks,
      List<Improvement> improvements,
      List<TargetVerdict> targets,
      ComparisonReport comparison) {
    this(
        schemaVersion,
        environment,
        settings,
        benchmarks,
        improvements,
        targets,
        comparison,
        List.of());
  }

  /** Returns a copy with the fault scenarios' outcomes. */
  public RunResult withFaults(List<FaultOutcome> outcomes) {
    return new RunResult(
        schemaVersion,
        environment,
        settings,
        benchmarks,
        improvements,
        targets,
        comparison,
        outcomes);
  }

  /** Returns a copy with a comparison attached. */
  public RunResult withComparison(ComparisonReport report) {
    return new RunResult(
        schemaVersion, environment, settings, benchmarks, improvements, targets, report, faults);
  }
}
