package org.mfn.runner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.mfn.core.model.Layer;
import org.mfn.core.regression.ComparisonReport;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.run.RunResult;
import org.mfn.core.target.Verdict;
import org.mfn.report.ReportRows;
import org.mfn.report.console.AsciiBars;
import org.mfn.report.console.ConsoleTables;
import org.mfn.runner.plan.RunPlan;
import org.mfn.runner.run.RunOutcome;

/** Prints the end of a run: results (with {@code --report}), the claims and where the files are. */
final class SummaryPrinter {
  private final PrintWriter out;

  SummaryPrinter(PrintWriter out) {
    this.out = out;
  }

  /** Prints a regression check: the comparison table and, when undecided, why. */
  void printRegressionCheck(Path baseline, ComparisonReport report, boolean acceptInconclusive) {
    out.println();
    out.println("Regression check against " + baseline);
    out.print(ConsoleTables.comparison(report));
    String undecided = report.undecidedReason();
    if (undecided != null) {
      out.println((acceptInconclusive ? "accepted: " : "undecided: ") + undecided);
    }
    out.flush();
  }

  void print(RunOutcome outcome, RunPlan plan) {
    RunResult result = outcome.result();
    out.println();
    if (plan.output().report() && !result.benchmarks().isEmpty()) {
      out.println("Results");
      out.print(ConsoleTables.results(result.benchmarks()));
      out.println();
      if (!result.improvements().isEmpty()) {
        out.println("MFN against baselines and peers");
        out.print(ConsoleTables.improvements(result.improvements()));
        out.println();
        out.print(AsciiBars.render(result.benchmarks(), result.improvements()));
        out.println();
      }
    }
    printSuspectedLeaks(result);
    // The selected layers' claims, and any other claim this run happened to measure.
    // With --include, the layers of what actually ran rather than every layer.
    Set<Layer> shown = EnumSet.noneOf(Layer.class);
    if (plan.selection().includes().isEmpty()) {
      shown.addAll(plan.selection().layers());
    } else {
      result.benchmarks().stream()
          .map(BenchmarkResult::layer)
          .filter(Objects::nonNull)
          .forEach(shown::add);
    }
    result.targets().stream()
        .filter(t -> t.verdict() != Verdict.NOT_MEASURED)
        .forEach(t -> shown.add(t.layer()));
    out.println("Claims");
    out.println(ReportRows.verdictLine(result.targets())); // the same count as every report
    long hidden = result.targets().stream().filter(v -> !shown.contains(v.layer())).count();
    if (hidden > 0) {
      out.println(
          "(the table shows the claims of the layers this run measured; "
              + hidden
              + " NOT_MEASURED claims of other layers are in the reports)");
    }
    out.print(ConsoleTables.claims(result.targets(), shown));
    out.println("Results written to " + outcome.directory().toAbsolutePath());
    out.flush();
  }

  /** Names the benchmarks whose retained heap grew in a fork ({@code --memory-profile}). */
  private void printSuspectedLeaks(RunResult result) {
    for (BenchmarkResult b : result.benchmarks()) {
      var suspected = b.secondary().get("mem.leakSuspected");
      var slope = b.secondary().get("mem.leakSlopeBytes");
      if (suspected == null || slope == null) {
        continue;
      }
      long forks = suspected.samples().stream().filter(f -> !f.isEmpty() && f.get(0) > 0).count();
      if (forks > 0) {
        out.printf(
            java.util.Locale.ROOT,
            "Suspected leak: %s, retained heap grew %+.0f bytes per iteration (mean slope) in %d"
                + " of %d forks%n",
            b.id(),
            slope.statistics().mean(),
            forks,
            suspected.samples().size());
      }
    }
  }
}
