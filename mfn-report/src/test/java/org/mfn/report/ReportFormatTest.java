package org.mfn.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.model.Layer;
import org.mfn.core.regression.ChangeVerdict;
import org.mfn.core.regression.ComparisonReport;
import org.mfn.core.regression.ComparisonSettings;
import org.mfn.core.regression.RegressionDetector;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.MetricResult;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.core.run.SampleRunResult;
import org.mfn.core.target.Verdict;
import org.mfn.report.console.ConsoleTables;
import org.mfn.report.csv.CsvReport;
import org.mfn.report.output.ReportFormat;
import org.mfn.report.output.ReportWriter;
import org.w3c.dom.Document;

class ReportFormatTest {
  private final RunResult sample = ReportFixtures.sample();

  @Test
  void csv_roundTripsThroughCommonsCsv() throws Exception {
    String csv = ReportFixtures.render(ReportFormat.CSV, sample);
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv),
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(parser.getHeaderNames()).containsExactly(CsvReport.HEADER);
      List<CSVRecord> rows = parser.getRecords();
      assertThat(rows).hasSize(sample.benchmarks().size());
      for (int i = 0; i < rows.size(); i++) {
        BenchmarkResult b = sample.benchmarks().get(i);
        assertThat(rows.get(i).get("benchmark")).isEqualTo(b.benchmark());
        assertThat(Double.parseDouble(rows.get(i).get("mean")))
            .isEqualTo(b.primary().statistics().mean());
        assertThat(rows.get(i).get("unit")).isEqualTo(b.primary().unit());
      }
    }
  }

  @Test
  void junitXml_wellFormedWithOneTestCasePerClaim() throws Exception {
    String xml = ReportFixtures.render(ReportFormat.JUNIT, sample);
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(sample.targets().size());
    long fails = sample.targets().stream().filter(t -> t.verdict() == Verdict.FAIL).count();
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo((int) fails);
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo(Long.toString(fails));
    assertThat(xml).contains("measured ");
  }

  private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern SAMPLE =
      Pattern.compile(
          "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{((?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\",?)*)\\})? (\\S+)");

  /**
   * Checks the Prometheus text format line by line (the exposition format's grammar: HELP and TYPE
   * before a family's samples, valid names, quoted and escaped label values, float values). The
   * Java client has no parser; promtool is not on the machine.
   */
  @Test
  void prometheus_everyLineFollowsTheTextFormat() throws Exception {
    String text = ReportFixtures.render(ReportFormat.PROMETHEUS, sample);
    Set<String> typed = new HashSet<>();
    int samples = 0;
    for (String line : text.split("\n")) {
      if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
        String[] parts = line.split(" ", 4);
        assertThat(parts[2]).matches(NAME);
        if (line.startsWith("# TYPE ")) {
          assertThat(parts[3]).isIn("gauge", "counter", "summary", "histogram", "untyped");
          typed.add(parts[2]);
        }
        continue;
      }
      Matcher m = SAMPLE.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      assertThat(typed).as("TYPE before " + line).contains(m.group(1));
      Double.parseDouble(m.group(4).replace("+Inf", "Infinity").replace("-Inf", "-Infinity"));
      samples++;
    }
    assertThat(samples).isGreaterThan(sample.benchmarks().size());
    assertThat(text)
        .contains(
            "mfn_benchmark_score_seconds{", "mfn_claim_verdict{", "mfn_benchmark_allocated_bytes{");
  }

  @Test
  void markdown_claimsTableWithEscapedCells() throws Exception {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, sample);
    assertThat(md).contains("| claim | target | measured | 95% CI | verdict |");
    assertThat(md.lines().filter(l -> l.startsWith("| ") && l.contains("**")).count())
        .isEqualTo(sample.targets().size());
    // Names are code spans (MarkdownSummaryTest reads them with a GFM parser).
    assertThat(md).contains("(mean) <b>not bold</b>`").doesNotContain("| Exact flow");
  }

  @Test
  void bencherAndGithubExports_splitByDirection() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode bencher = mapper.readTree(ReportFixtures.render(ReportFormat.BENCHER, sample));
    assertThat(bencher.size()).isEqualTo(sample.benchmarks().size());
    JsonNode smaller = mapper.readTree(ReportFixtures.render(ReportFormat.GITHUB_SMALLER, sample));
    JsonNode bigger = mapper.readTree(ReportFixtures.render(ReportFormat.GITHUB_BIGGER, sample));
    assertThat(smaller.size() + bigger.size()).isEqualTo(sample.benchmarks().size());
    List<String> biggerUnits = new ArrayList<>();
    bigger.forEach(e -> biggerUnits.add(e.get("unit").asText()));
    assertThat(biggerUnits).isNotEmpty().allMatch(u -> u.startsWith("ops/"));
    smaller.forEach(e -> assertThat(e.get("unit").asText()).doesNotStartWith("ops/"));
    JsonNode throughput =
        bencher.get(
            sample.benchmarks().stream()
                .filter(b -> b.primary().unit().startsWith("ops/"))
                .findFirst()
                .orElseThrow()
                .id());
    assertThat(throughput.has("throughput")).isTrue();
  }

  /**
   * The sample compared with a copy whose scores are all 25% worse and whose first allocating
   * benchmark allocates 16 B more: the suite as a whole regresses, and the single-fork allocation
   * change is shown but not judged.
   */
  private RunResult withRegression() {
    List<BenchmarkResult> worse = new ArrayList<>();
    boolean allocationChanged = false;
    for (BenchmarkResult b : sample.benchmarks()) {
      boolean timePerOp = b.primary().unit().endsWith("/op");
      Map<String, MetricResult> secondary = new LinkedHashMap<>(b.secondary());
      MetricResult alloc = secondary.get(RegressionDetector.ALLOCATION);
      if (!allocationChanged && alloc != null && alloc.statistics().mean() > 1) {
        secondary.put(RegressionDetector.ALLOCATION, shifted(alloc, 1, 16));
        allocationChanged = true;
      }
      worse.add(
          new BenchmarkResult(
              b.benchmark(),
              b.params(),
              b.layer(),
              b.subject(),
              b.role(),
              b.implementation(),
              b.mode(),
              b.threads(),
              b.forks(),
              shifted(b.primary(), timePerOp ? 1.25 : 1 / 1.25, 0),
              secondary));
    }
    assertThat(allocationChanged).isTrue();
    ComparisonReport report =
        new RegressionDetector(new ComparisonSettings(5, 0.95, 200))
            .compare(sample.benchmarks(), worse);
    return sample.withComparison(report);
  }

  private static MetricResult shifted(MetricResult m, double factor, double plus) {
    List<List<Double>> samples = new ArrayList<>();
    for (List<Double> fork : m.samples()) {
      samples.add(fork.stream().map(v -> v * factor + plus).toList());
    }
    return new MetricResult(m.unit(), samples, m.statistics(), m.warmup());
  }

  @Test
  void regressionSection_suiteShiftAndNotJudgedAllocation_inEveryReadableFormat() throws Exception {
    RunResult result = withRegression();
    ComparisonReport report = result.comparison();
    assertThat(report.suite().verdict()).isEqualTo(ChangeVerdict.REGRESSED);
    assertThat(report.count(ChangeVerdict.NOT_JUDGED)).isEqualTo(1);

    String md = ReportFixtures.render(ReportFormat.MARKDOWN, result);
    assertThat(md)
        .contains("## Against the baseline", "Suite as a whole: **REGRESSED**", "not judged: 1")
        .containsPattern("typical score 2[0-9]\\.\\d\\d% worse");

    String html = ReportFixtures.render(ReportFormat.HTML, result);
    assertThat(html)
        .contains("id=\"regression\"", "<span class=\"verdict REGRESSED\">REGRESSED</span>")
        .contains("<span class=\"verdict NOT_JUDGED\">NOT_JUDGED</span>")
        .doesNotContain("<script>window.__pwned");

    String console = ConsoleTables.comparison(report);
    assertThat(console)
        .contains("suite as a whole: REGRESSED", "REGRESSIONS (", "  the suite as a whole:")
        .contains("NOT_JUDGED (1 fork)");

    JsonNode json = new ObjectMapper().readTree(ResultsJson.mapper().writeValueAsString(result));
    assertThat(json.at("/comparison/suite/verdict").asText()).isEqualTo("REGRESSED");
    assertThat(json.at("/comparison/suite/mostAffected")).hasSize(5);
  }

  @Test
  void html_escapesEverythingFromTheResultsFile() throws Exception {
    String html = ReportFixtures.render(ReportFormat.HTML, sample);
    assertThat(html).doesNotContain("<script>window.__pwned", "<img src=x", "<b>not bold</b>");
    assertThat(html)
        .contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;", "&lt;b&gt;not bold&lt;/b&gt;");
    assertThat(html).contains("Content-Security-Policy", "default-src 'none'");
    // No reference that a browser would fetch (uPlot's licence comment names its home page).
    assertThat(
            Pattern.compile(
                    "(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//|url\\(\\s*['\"]?(https?:)?//")
                .matcher(html)
                .find())
        .isFalse();
  }

  @Test
  void percentiles_oneSource_sameNumbersInHtmlConsoleAndChartData() throws Exception {
    BenchmarkResult sampled =
        sample.benchmarks().stream()
            .filter(b -> b.primary().statistics().percentiles() != null)
            .filter(b -> b.primary().statistics().percentiles().containsKey("p99.9"))
            .findFirst()
            .orElseThrow();
    double p999 = sampled.primary().statistics().percentiles().get("p99.9");
    String shown = "p99.9 " + Numbers.format(p999) + " " + sampled.primary().unit();
    assertThat(ReportRows.otherMetrics(sampled)).contains(shown);
    assertThat(ReportFixtures.render(ReportFormat.HTML, sample))
        .contains(shown)
        .contains("\"p99.9\":" + p999);
    assertThat(ConsoleTables.results(sample.benchmarks())).contains(shown);
  }

  @Test
  void html_thousandBenchmarks_staysUnderThreeMegabytes() throws Exception {
    // Its rendering time is measured by ReportRenderingBenchmark, not here.
    String html = ReportFixtures.render(ReportFormat.HTML, ReportFixtures.grown(1000));
    assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(3_000_000);
    assertThat(html).contains("<input type=\"search\" id=\"filter\"");
    assertThat(html.split("<tr class=\"result\"", -1)).hasSize(1001);
  }

  @Test
  void githubActionBenchmark_fileWithoutEntries_isNotWritten(@TempDir Path dir) throws Exception {
    // The sample holds only a time-per-operation result: nothing for the bigger-is-better file,
    // which github-action-benchmark rejects when empty.
    var written =
        ReportWriter.write(
            SampleRunResult.create(),
            dir,
            List.of(ReportFormat.GITHUB_SMALLER, ReportFormat.GITHUB_BIGGER));
    assertThat(written)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("github-action-benchmark-smaller.json");
  }

  @Test
  void everyReadableFormat_countsEveryClaim_andListsMeasuredClaimsFirst() throws Exception {
    List<String> order =
        sample.targets().stream()
            .sorted(Comparator.comparing(t -> t.verdict() == Verdict.NOT_MEASURED))
            .map(t -> t.id())
            .toList();
    assertThat(sample.targets().stream().map(t -> t.id()).toList())
        .as("the sample interleaves measured and unmeasured claims")
        .isNotEqualTo(order);
    String line = ReportRows.verdictLine(sample.targets());
    assertThat(line).startsWith("Verdicts of " + sample.targets().size() + " claims: ");

    String html = ReportFixtures.render(ReportFormat.HTML, sample);
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, sample);
    String console = ConsoleTables.claims(sample.targets(), EnumSet.allOf(Layer.class));
    assertThat(html).contains("<p id=\"verdict-counts\">" + line + "</p>");
    assertThat(md).contains(line);
    for (String text : List.of(html, md, console)) {
      List<Integer> positions = order.stream().map(id -> text.indexOf(id)).toList();
      assertThat(positions).doesNotContain(-1).isSorted();
    }
  }

  @Test
  void markdown_verdictCounts_areWords_notAJavaMap() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.MARKDOWN.renderer().render(SampleRunResult.create(), out);
    String md = out.toString(StandardCharsets.UTF_8);
    assertThat(md).doesNotContain("{").doesNotContain("=1").containsPattern("claims: [A-Z_]+ \\d+");
  }

  @Test
  void everyFormat_underAGermanDefaultLocale_writesDecimalPoints() throws Exception {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      for (ReportFormat format : ReportFormat.values()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.renderer().render(SampleRunResult.create(), out);
        // The sample's mean is 11.5: written 11.50 in tables, never with a decimal comma.
        assertThat(out.toString(StandardCharsets.UTF_8))
            .as(format.name())
            .doesNotContain("11,50")
            .doesNotContain("11,5 ");
      }
    } finally {
      Locale.setDefault(saved);
    }
  }
}
