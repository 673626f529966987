package org.mfn.runner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.RunResult;
import org.mfn.report.ReportFormat;
import org.mfn.report.json.ResultsFileException;
import org.mfn.report.json.ResultsJson;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check DIR}: validates a run directory (or the newest run under an output directory), as CI
 * does after {@code mvn verify -Pbench}: every selected benchmark produced samples, and {@code
 * jmh.json}, {@code results.json} and every report file present are readable in their format.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validates a run directory, or the newest run under an output directory.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the run is complete and every file is valid",
      "1:something is missing or invalid (listed)",
      "2:usage error, or no run directory found"
    })
public final class CheckCommand implements Callable<Integer> {

  @Mixin private SharedOptions shared = new SharedOptions();

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "A run directory, or an output directory holding runs.")
  private Path directory;

  @Override
  public Integer call() throws IOException {
    Path run = runDirectory(directory);
    List<String> problems = new ArrayList<>();
    RunResult result;
    try {
      result = ResultsJson.read(run.resolve("results.json"));
    } catch (ResultsFileException e) {
      throw new MfnException(ExitCodes.RUNTIME, e.getMessage());
    }
    List<String> names =
        result.benchmarks().stream()
            .filter(b -> !b.primary().samples().isEmpty())
            .map(BenchmarkResult::benchmark)
            .toList();
    if (result.settings() != null && result.settings().includes() != null) {
      result.settings().includes().stream()
          .filter(n -> !names.contains(n))
          .forEach(n -> problems.add("benchmark without samples: " + n));
    }
    JsonNode jmh = ResultsJson.mapper().readTree(run.resolve("jmh.json").toFile());
    if (!jmh.isArray()) {
      problems.add("jmh.json is not a JMH result array");
    }
    for (ReportFormat format : ReportFormat.values()) {
      Path file = run.resolve(format.fileName());
      if (Files.exists(file)) {
        try {
          validate(format, file, result);
        } catch (Exception e) {
          problems.add(format.fileName() + " is invalid: " + e.getMessage());
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (problems.isEmpty()) {
      out.println(
          "ok: " + run + " (" + result.benchmarks().size() + " benchmarks, every file valid)");
      out.flush();
      return ExitCodes.OK;
    }
    problems.forEach(p -> spec.commandLine().getErr().println("mfn: " + p));
    spec.commandLine().getErr().flush();
    return ExitCodes.RUNTIME;
  }

  private static void validate(ReportFormat format, Path file, RunResult result) throws Exception {
    String text = Files.readString(file);
    switch (format) {
      case HTML:
        require(
            text.contains("id=\"claims-table\"") && text.endsWith("</html>\n"),
            "not a complete report");
        break;
      case CSV:
        try (CSVParser csv =
            CSVParser.parse(
                new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
          require(
              csv.getRecords().size() == result.benchmarks().size(),
              "one row per benchmark expected");
        }
        break;
      case JUNIT:
        var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        builder.setErrorHandler(
            new org.xml.sax.helpers.DefaultHandler() { // report, do not print
              @Override
              public void fatalError(org.xml.sax.SAXParseException e)
                  throws org.xml.sax.SAXException {
                throw e;
              }
            });
        int cases = builder.parse(file.toFile()).getElementsByTagName("testcase").getLength();
        require(cases == result.targets().size(), "one test case per claim expected");
        break;
      case PROMETHEUS:
        require(text.contains("# TYPE mfn_claim_verdict gauge"), "no claim metrics");
        break;
      case MARKDOWN:
        require(text.startsWith("# MFN Bench summary"), "no summary heading");
        break;
      default:
        ResultsJson.mapper().readTree(text);
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }

  private static Path runDirectory(Path dir) throws IOException {
    if (Files.isRegularFile(dir.resolve("results.json"))) {
      return dir;
    }
    if (!Files.isDirectory(dir)) {
      throw new MfnException(ExitCodes.USAGE, "no such directory: " + dir);
    }
    try (Stream<Path> runs = Files.list(dir)) {
      return runs.filter(p -> Files.isRegularFile(p.resolve("results.json")))
          .max(Path::compareTo)
          .orElseThrow(
              () ->
                  new MfnException(
                      ExitCodes.USAGE, "no run directory with a results.json under " + dir));
    }
  }
}
