package org.mfn.runner.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import org.mfn.core.result.RunResult;
import org.mfn.core.target.TargetVerdict;
import org.mfn.core.target.Verdict;
import org.mfn.report.console.ConsoleTables;
import org.mfn.runner.plan.RunPlan;
import org.mfn.runner.run.RunOutcome;

/** Prints the end of a run: results (with {@code --report}), the claims and where the files are. */
final class SummaryPrinter {
  private final PrintWriter out;

  SummaryPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(RunOutcome outcome, RunPlan plan) {
    RunResult result = outcome.result();
    out.println();
    if (plan.report() && !result.benchmarks().isEmpty()) {
      out.println("Results");
      out.print(ConsoleTables.results(result.benchmarks()));
      out.println();
      if (!result.improvements().isEmpty()) {
        out.println("MFN against baselines and peers");
        out.print(ConsoleTables.improvements(result.improvements()));
        out.println();
      }
    }
    out.println("Claims of the selected layers");
    out.print(ConsoleTables.claims(result.targets(), plan.layers()));
    out.println();
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (TargetVerdict v : result.targets()) {
      if (plan.layers().contains(v.layer())) {
        counts.merge(v.verdict(), 1, Integer::sum);
      }
    }
    out.println("Verdicts: " + counts);
    out.println("Results written to " + outcome.directory().toAbsolutePath());
    out.flush();
  }
}
