package org.mfn.runner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mfn.core.regression.ComparisonReport;
import org.mfn.core.run.ResultsJson;
import org.mfn.report.console.ConsoleTables;
import org.mfn.runner.compare.CompareService;
import org.mfn.runner.compare.ComparisonExit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare OLD NEW}: two result files compared, nothing run. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compares two result files (MFN results.json or JMH JSON from any JMH 1.19+ run) benchmark by"
          + " benchmark and reports regressions. Nothing is run.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no regression, and every metric and the suite shown unchanged (or improved)",
      "2:usage error, or a file that is missing, unreadable, corrupt, of another schema, or"
          + " with units that cannot be compared",
      "3:a regression: a metric or the suite whose interval lies beyond the threshold",
      "5:could not decide: nothing in common, or an interval reaching past the threshold"
          + " (--accept-inconclusive turns this into 0)"
    })
public final class CompareCommand implements Callable<Integer> {
  /** Output formats of the comparison. */
  enum Format {
    TEXT,
    JSON
  }

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The baseline result file.")
  private Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The result file to check.")
  private Path newFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (the whole comparison on stdout) (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Mixin private ComparisonOptions comparison = new ComparisonOptions();

  @Mixin private SharedOptions shared = new SharedOptions();

  @Override
  public Integer call() throws Exception {
    ComparisonReport report =
        new CompareService(comparison.settings(spec, comparison.confidence()))
            .compare(oldFile, newFile);
    if (format == Format.JSON) {
      spec.commandLine().getOut().println(ResultsJson.mapper().writeValueAsString(report));
    } else {
      spec.commandLine().getOut().print(ConsoleTables.comparison(report));
    }
    int code = ComparisonExit.of(report, comparison.acceptInconclusive());
    String undecided = report.undecidedReason();
    if (undecided != null && format == Format.TEXT) {
      spec.commandLine()
          .getOut()
          .println((comparison.acceptInconclusive() ? "accepted: " : "undecided: ") + undecided);
    }
    spec.commandLine().getOut().flush();
    return code;
  }

  /** Validates threshold and confidence as usage errors. */
}
