package org.mfn.runner.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mfn.core.model.Layer;
import org.mfn.runner.plan.BenchmarkCatalog;
import org.mfn.runner.plan.BenchmarkInfo;
import org.mfn.runner.plan.BenchmarkSelector;
import org.mfn.runner.plan.RunPlan;
import org.mfn.runner.run.RunEstimate;

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
    for (BenchmarkInfo b : selected) {
      out.printf(
          Locale.ROOT,
          "%-70s %-8s %2d parameter set(s), %s%n",
          b.name(),
          b.role(),
          plan.parameterSets(b),
          plan.lengthOf(b).describe());
    }
    for (Layer layer : BenchmarkSelector.layersNotBuilt(catalog, plan.selection().layers())) {
      out.printf(
          Locale.ROOT,
          "layer %s has no benchmarks yet; its claims would be NOT_MEASURED%n",
          layer.shortName());
    }
    Map<List<String>, Long> jvmArgs =
        selected.stream()
            .collect(
                Collectors.groupingBy(
                    b -> plan.jmh().forkJvm().appendTo(b.ownJvmArgs()),
                    LinkedHashMap::new,
                    Collectors.counting()));
    jvmArgs.forEach(
        (args, count) ->
            out.printf(
                Locale.ROOT,
                "%d benchmark(s) fork with: %s%n",
                count,
                args.isEmpty() ? "(no extra JVM arguments)" : String.join(" ", args)));
    out.println("Would run: " + RunEstimate.describe(plan, selected));
    out.flush();
  }
}
