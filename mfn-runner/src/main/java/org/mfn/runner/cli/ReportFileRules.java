package org.mfn.runner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.report.output.ReportFormat;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rules each report file of a run must meet, by format, against the run's own results: the HTML
 * is whole, the CSV has one row per benchmark, the JUnit XML one test case per claim, every
 * Prometheus line is a comment or a sample, Bencher's file is an object of benchmarks and
 * github-action-benchmark's an array of {@code name/unit/value} entries. Stateless.
 */
final class ReportFileRules {
  /** A Prometheus text-format sample: name, optional labels, a value, an optional timestamp. */
  private static final Pattern PROMETHEUS_SAMPLE =
      Pattern.compile(
          "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{.*\\})? (-?[0-9.eE+-]+|NaN|[+-]Inf)( -?[0-9]+)?");

  private ReportFileRules() {}

  /**
   * Validates one report file.
   *
   * @throws IllegalStateException naming what is wrong
   * @throws Exception if the file cannot be read or parsed
   */
  static void validate(ReportFormat format, Path file, RunResult result) throws Exception {
    String text = Files.readString(file);
    switch (format) {
      case HTML ->
          require(
              text.contains("id=\"claims-table\"") && text.endsWith("</html>\n"),
              "not a complete report");
      case CSV -> {
        try (CSVParser csv =
            CSVParser.parse(
                new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
          require(
              csv.getRecords().size() == result.benchmarks().size(),
              "one row per benchmark expected");
        }
      }
      case JUNIT -> {
        var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        builder.setErrorHandler(
            new DefaultHandler() { // report, do not print
              @Override
              public void fatalError(SAXParseException e) throws SAXException {
                throw e;
              }
            });
        int cases = builder.parse(file.toFile()).getElementsByTagName("testcase").getLength();
        require(cases == result.targets().size(), "one test case per claim expected");
      }
      case PROMETHEUS -> {
        require(text.contains("# TYPE mfn_claim_verdict gauge"), "no claim metrics");
        require(text.endsWith("\n"), "the last line is unfinished");
        int number = 0;
        for (String line : text.split("\n", -1)) {
          number++;
          require(
              line.isEmpty() || line.startsWith("#") || PROMETHEUS_SAMPLE.matcher(line).matches(),
              "line " + number + " is neither a comment nor a sample");
        }
      }
      case MARKDOWN -> require(text.startsWith("# MFN Bench summary"), "no summary heading");
      case BENCHER -> {
        JsonNode root = ResultsJson.mapper().readTree(text);
        require(root != null && root.isObject(), "not a JSON object of benchmarks");
        root.properties()
            .forEach(
                e ->
                    require(
                        e.getValue().isObject(), "benchmark " + e.getKey() + " has no measures"));
      }
      case GITHUB_SMALLER, GITHUB_BIGGER -> {
        JsonNode root = ResultsJson.mapper().readTree(text);
        require(root != null && root.isArray() && !root.isEmpty(), "not a non-empty JSON array");
        root.forEach(
            e ->
                require(
                    e.path("name").isTextual()
                        && e.path("unit").isTextual()
                        && e.path("value").isNumber(),
                    "an entry lacks name, unit or a numeric value"));
      }
      default -> ResultsJson.mapper().readTree(text);
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
