package org.mfn.runner.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.mfn.core.result.Layer;
import org.mfn.runner.jmh.JmhDriver;
import org.mfn.runner.plan.BenchmarkCatalog;
import org.mfn.runner.plan.BenchmarkInfo;
import org.mfn.runner.plan.BenchmarkSelector;
import org.mfn.runner.plan.RunPlan;
import org.mfn.runner.run.ConsoleProgress;

/**
 * {@code --dry-run}: what a plan would run and how long it would take; nothing runs or is written.
 */
final class DryRun {
  private final PrintWriter out;

  DryRun(PrintWriter out) {
    this.out = out;
  }

  void print(RunPlan plan) {
    BenchmarkCatalog catalog = BenchmarkCatalog.load();
    List<BenchmarkInfo> selected = BenchmarkSelector.select(catalog, plan);
    Map<String, List<String>> overrides =
        plan.flowCounts().isEmpty() ? Map.of() : Map.of("flowCount", plan.flowCounts());
    int sets = 0;
    for (BenchmarkInfo b : selected) {
      int n = b.parameterSets(overrides);
      sets += n;
      out.printf("%-70s %-8s %2d parameter set(s)%n", b.name(), b.role(), n);
    }
    for (Layer layer : BenchmarkSelector.layersNotBuilt(catalog, plan.layers())) {
      out.printf(
          "layer %s has no benchmarks yet; its claims would be NOT_MEASURED%n", layer.shortName());
    }
    double seconds = sets * plan.secondsPerBenchmark(JmhDriver.SETUP_SECONDS_PER_FORK);
    out.printf(
        "Would run %d benchmark(s), %d parameter set(s), profile %s: %d fork(s) x (%d x %ss + %d x %ss); estimated %s%n",
        selected.size(),
        sets,
        plan.profile().cliName(),
        plan.forks(),
        plan.warmupIterations(),
        plan.warmupSeconds(),
        plan.measurementIterations(),
        plan.measurementSeconds(),
        ConsoleProgress.duration(seconds));
    out.flush();
  }
}
