package org.mfn.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mfn.core.run.RunResult;
import org.mfn.report.ReportFixtures;
import org.mfn.report.ReportRows;
import org.mfn.report.output.ReportFormat;
import org.mfn.report.output.ReportWriter;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the HTML report of the checked-in sample in headless Chromium (Debian's chromium and
 * chromium-driver) and checks what a reader would meet: no console errors, no network requests, one
 * claims row per target, charts drawn, hostile names shown as text. A screenshot is saved under
 * {@code target/}. Skips on a machine without Chromium, but fails when {@code CI=true}.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static ChromeDriver driver;
  private static Path report;

  @BeforeAll
  static void openReport() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(
            "CI=true but Chromium is missing: .ci/run installs chromium and chromium-driver");
      }
      Assumptions.abort("Chromium is not installed (apt-get install chromium chromium-driver)");
    }
    Path dir = Files.createDirectories(Path.of("target", "browser-test"));
    RunResult sample = ReportFixtures.withFaults(ReportFixtures.sample());
    report = ReportWriter.write(sample, dir, List.of(ReportFormat.HTML)).get(0).toAbsolutePath();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1800",
        "--user-data-dir=" + Files.createTempDirectory(dir, "profile").toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.get(report.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.tagName("html")).getAttribute("data-charts-drawn") != null);
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  @Test
  void scriptSmuggledIntoThePage_doesNotRun_whileTheReportsOwnScriptsDo() throws Exception {
    String html = Files.readString(report);
    assertThat(html).doesNotContain("script-src 'unsafe-inline'").contains("script-src 'sha256-");
    Path tampered = report.resolveSibling("tampered.html");
    Files.writeString(
        tampered,
        html.replace(
            "</main>", "</main><script>document.documentElement.dataset.smuggled='ran'</script>"));
    try {
      driver.get(tampered.toUri().toString());
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(d -> d.findElement(By.tagName("html")).getAttribute("data-charts-drawn") != null);
      assertThat(driver.findElement(By.tagName("html")).getAttribute("data-smuggled")).isNull();
    } finally {
      // drop the tampered page's CSP report; reloading the report logs its own messages anew
      driver.manage().logs().get(LogType.BROWSER);
      driver.get(report.toUri().toString());
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(d -> d.findElement(By.tagName("html")).getAttribute("data-charts-drawn") != null);
    }
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1000, 1400})
  void claimsTable_fitsTheWindow_withEveryNoteVisible(int width) {
    Dimension before = driver.manage().window().getSize();
    try {
      driver.manage().window().setSize(new Dimension(width, 1800));
      @SuppressWarnings("unchecked")
      List<Long> m =
          (List<Long>)
              js(
                  "var t = document.getElementById('claims-table');"
                      + " var right = 0;"
                      + " t.querySelectorAll('.muted').forEach(function (n) {"
                      + "   right = Math.max(right, Math.ceil(n.getBoundingClientRect().right)); });"
                      + " var spill = 0;"
                      + " t.querySelectorAll('.verdict').forEach(function (v) {"
                      + "   var cell = v.closest('td').getBoundingClientRect();"
                      + "   spill = Math.max(spill, Math.ceil(v.getBoundingClientRect().right - cell.right)); });"
                      + " return [t.scrollWidth, t.parentElement.clientWidth, right,"
                      + "   document.documentElement.clientWidth,"
                      + "   t.querySelectorAll('.muted').length, spill];");
      assertThat(m.get(4)).as("notes in the claims table").isPositive();
      assertThat(m.get(0)).as("table width within its box").isLessThanOrEqualTo(m.get(1));
      assertThat(m.get(2)).as("right edge of the notes").isLessThanOrEqualTo(m.get(3));
      assertThat(m.get(5)).as("px a verdict badge spills out of its cell").isLessThanOrEqualTo(0L);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  @Test
  void loads_withoutConsoleErrorsOrNetworkRequests() {
    List<LogEntry> severe =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();
    assertThat(severe).as("console errors").isEmpty();
    assertThat((Long) js("return performance.getEntriesByType('resource').length;")).isZero();
  }

  @Test
  void claimsTable_hasOneRowPerTarget() {
    int rows = driver.findElements(By.cssSelector("#claims-table tbody tr")).size();
    assertThat(rows).isEqualTo(ReportFixtures.sample().targets().size());
    assertThat(driver.findElements(By.cssSelector("#claims-table .verdict")).get(0).getText())
        .isNotBlank();
  }

  @Test
  void faultTimelines_areDrawn_oneChartPerScenario() {
    assertThat(driver.findElements(By.cssSelector(".fault-timeline[data-drawn='true'] canvas")))
        .hasSize(2);
    assertThat(driver.findElement(By.id("faults")).getText())
        .contains("link-failure")
        .contains("<script>alert(1)</script>"); // shown as text
  }

  @Test
  void charts_areDrawn() throws Exception {
    assertThat(driver.findElements(By.cssSelector("details .uplot canvas")))
        .as("iteration charts wait until their section is opened")
        .isEmpty();
    js("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
    assertThat(driver.findElements(By.cssSelector("svg.bars rect"))).isNotEmpty();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector(".uplot canvas")).isEmpty());
    assertThat(driver.findElements(By.cssSelector(".percentiles .uplot")))
        .as("percentile curves of sample-mode results")
        .isNotEmpty();
    Boolean inked =
        (Boolean)
            js(
                "var c = document.querySelector('.uplot canvas'); var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + " for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) { return true; } } return false;");
    assertThat(inked).as("a chart canvas has drawn pixels").isTrue();
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(),
        Path.of("target", "browser-test", "report.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void thousandBenchmarkPage_filtersByName() throws Exception {
    RunResult big = ReportFixtures.grown(1000);
    Path dir = Files.createDirectories(Path.of("target", "browser-test", "thousand"));
    Path page = ReportWriter.write(big, dir, List.of(ReportFormat.HTML)).get(0).toAbsolutePath();
    String query = ReportRows.shortName(big.benchmarks().get(7).benchmark());
    long expected =
        big.benchmarks().stream()
            .filter(b -> HtmlSections.filterText(b).toLowerCase().contains(query.toLowerCase()))
            .count();
    try {
      driver.get(page.toUri().toString());
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(d -> d.findElement(By.tagName("html")).getAttribute("data-ready") != null);
      assertThat(driver.findElement(By.id("filter-count")).getText()).isEqualTo("1000 benchmarks");
      driver.findElement(By.id("filter")).sendKeys(query);
      @SuppressWarnings("unchecked")
      List<String> shown =
          (List<String>)
              js(
                  "return Array.from(document.querySelectorAll('tr.result'))"
                      + ".filter(function (r) { return r.offsetParent !== null; })"
                      + ".map(function (r) { return r.cells[0].textContent; });");
      assertThat(shown).hasSize((int) expected).allMatch(name -> name.contains(query));
      assertThat(expected).isBetween(1L, 999L);
      assertThat(driver.findElement(By.id("filter-count")).getText())
          .isEqualTo(expected + " of 1000 benchmarks match");
      js("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
      @SuppressWarnings("unchecked")
      List<String> charts =
          (List<String>)
              js(
                  "return Array.from(document.querySelectorAll('.chart'))"
                      + ".filter(function (c) { return c.offsetParent !== null; })"
                      + ".map(function (c) { return c.getAttribute('data-filter'); });");
      assertThat(charts)
          .as("iteration charts left in view")
          .isNotEmpty()
          .allMatch(f -> f.toLowerCase().contains(query.toLowerCase()));
      driver.findElement(By.id("filter")).clear();
      js("var f = document.getElementById('filter'); f.dispatchEvent(new Event('input'));");
      assertThat(driver.findElement(By.id("filter-count")).getText()).isEqualTo("1000 benchmarks");
    } finally {
      driver.get(report.toUri().toString());
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(d -> d.findElement(By.tagName("html")).getAttribute("data-charts-drawn") != null);
    }
  }

  @Test
  void injectedScript_rendersAsText() {
    assertThat(js("return typeof window.__pwned;")).isEqualTo("undefined");
    assertThat(driver.findElement(By.tagName("body")).getText())
        .contains("<script>window.__pwned=1</script>");
  }

  @Test
  void narrowWindow_keepsTheClaimsReadable() {
    driver.manage().window().setSize(new Dimension(420, 900));
    Long overflow =
        (Long)
            js(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    driver.manage().window().setSize(new Dimension(1280, 1800));
    assertThat(overflow).as("page-level horizontal overflow at 420 px").isLessThanOrEqualTo(0L);
  }
}
