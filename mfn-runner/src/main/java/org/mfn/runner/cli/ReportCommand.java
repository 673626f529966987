package org.mfn.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mfn.core.run.ResultsFileException;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.report.output.ReportWriter;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;
import org.mfn.runner.run.RunManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code report RESULTS.json}: re-renders the reports of an earlier run, nothing is run. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Renders the reports (HTML, CSV, Markdown, Prometheus, JUnit XML, Bencher, github-action-benchmark) of a results.json.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:reports written",
      "1:a report could not be written",
      "2:usage error, or an unusable results file"
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RESULTS", description = "An MFN results.json.")
  private Path results;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Where the reports go (default: the results file's directory).")
  private Path output;

  @Option(
      names = "--format",
      split = ",",
      paramLabel = "FORMAT",
      description =
          "Formats to write (default: all): html, csv, markdown, prometheus, junit, bencher, github.")
  private List<String> formats = new ArrayList<>();

  @Mixin private SharedOptions shared = new SharedOptions();

  @Override
  public Integer call() {
    var chosen = ReportFormats.resolve(spec, formats);
    RunResult result;
    try {
      result = ResultsJson.read(results);
    } catch (ResultsFileException e) {
      throw new MfnException(ExitCodes.USAGE, e.getMessage());
    }
    Path dir = output != null ? output : results.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      PrintWriter out = spec.commandLine().getOut();
      for (Path file : ReportWriter.write(result, dir, chosen)) {
        out.println("wrote " + file);
      }
      Path runDirectory = results.toAbsolutePath().getParent();
      if (dir.toAbsolutePath().normalize().equals(runDirectory.normalize())) {
        // regenerated next to its results.json: the reports join the run's listed files
        RunManifest.write(runDirectory);
        out.println("updated " + runDirectory.resolve(RunManifest.FILE_NAME));
      }
      out.flush();
    } catch (IOException e) {
      throw new MfnException(
          ExitCodes.RUNTIME, "cannot write the reports in " + dir + ": " + e.getMessage(), e);
    }
    return ExitCodes.OK;
  }
}
