package org.mfn.runner.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.mfn.core.result.MachineCheck;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.preflight.MachinePreflight;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code preflight}: checks the machine as a run does before it starts, and prints every check. */
@Command(
    name = "preflight",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks the machine for what would move the numbers (load, busy processes, CPU governor and"
          + " turbo, steal time, CPU and memory pressure, proactive reclaim, huge pages, a"
          + " debugger), as every run does before it starts.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:checked (warnings are printed)", "2:a warning, with --strict-machine"})
public final class PreflightCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--strict-machine", description = "Exit 2 when any check warns.")
  private boolean strict;

  @Mixin private SharedOptions shared = new SharedOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<MachineCheck> checks = MachinePreflight.ofThisMachine().run();
    for (MachineCheck c : checks) {
      out.println(c.describe());
    }
    long warnings = checks.stream().filter(c -> c.status() == MachineCheck.Status.WARNING).count();
    out.println(
        warnings == 0
            ? "The machine is ready."
            : warnings + " warning(s): the numbers of a run now may suffer.");
    out.flush();
    return strict && warnings > 0 ? ExitCodes.USAGE : ExitCodes.OK;
  }
}
