package org.mfn.runner.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mfn.core.target.Target;
import org.mfn.core.target.TargetCatalogueReader;
import org.mfn.report.console.TextTable;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.plan.BenchmarkCatalog;
import org.mfn.runner.plan.BenchmarkInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code list}: every benchmark in the jar with its labels and parameters, and every claim. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Lists the benchmarks (layer, role, subject, parameters) and the claims (target, benchmark).")
public final class ListCommand implements Callable<Integer> {

  @Mixin private SharedOptions shared = new SharedOptions();

  @Spec private CommandSpec spec;

  @Option(names = "--benchmarks", description = "The benchmarks (with --claims: both).")
  private boolean benchmarks;

  @Option(names = "--claims", description = "The claims (with --benchmarks: both).")
  private boolean claims;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean both = benchmarks == claims; // neither flag, or both: list both
    if (benchmarks || both) {
      TextTable table = new TextTable("benchmark", "layer", "role", "subject", "parameters");
      for (BenchmarkInfo b : BenchmarkCatalog.load().all()) {
        table.add(
            b.name(), b.layer().shortName(), b.role().name(), b.subject(), b.params().toString());
      }
      out.println("Benchmarks");
      out.print(table.render());
      out.println();
    }
    if (claims || both) {
      TextTable table = new TextTable("claim", "layer", "target", "benchmark", "claim text");
      for (Target t : TargetCatalogueReader.loadDefault().targets()) {
        table.add(
            t.id(),
            t.layer().shortName(),
            t.thresholdText(),
            t.benchmark().substring("org.mfn.bench.".length())
                + (t.params().isEmpty() ? "" : " " + t.params()),
            t.claim());
      }
      out.println("Claims");
      out.print(table.render());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
