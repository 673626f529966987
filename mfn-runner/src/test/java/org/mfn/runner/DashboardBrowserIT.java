package org.mfn.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mfn.core.run.ResultsJson;
import org.mfn.runner.dashboard.DashboardServer;
import org.mfn.runner.history.HistoryStore;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium while a real smoke run (the shaded jar, real JMH forks)
 * publishes to it: iteration points appear over the WebSocket, an alert fires, the run completes
 * and the claims table fills; then the trend view of a benchmark with runs in the history. No
 * console errors; a screenshot is saved under {@code target/}. Skips without Chromium, except under
 * {@code CI=true}, where it fails.
 */
class DashboardBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path JAR =
      Path.of(System.getProperty("mfn.runner.jar", "target/mfn-runner.jar"));

  @Test
  void liveRun_updatesThePage_andTheTrendViewShowsTheHistory() throws Exception {
    if (!(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI=true but Chromium is missing: .ci/run installs it");
      }
      Assumptions.abort("Chromium is not installed (apt-get install chromium chromium-driver)");
    }
    Path work = Files.createDirectories(Path.of("target", "it-runs", "dashboard"));
    Path output = Files.createTempDirectory(work, "output");
    HistoryStore history = HistoryStore.inDirectory(output);
    history.append(ResultsJson.read(Path.of("src/test/resources/compare/smoke-a.json")), "a");
    history.append(ResultsJson.read(Path.of("src/test/resources/compare/smoke-b.json")), "b");
    ChromeDriver driver = null;
    Process run = null;
    try (DashboardServer server =
        DashboardServer.start(history, "127.0.0.1", 0, List.of("FlowHashBenchmark.keyed>0.001"))) {
      String url = "http://127.0.0.1:" + server.port();
      driver = chrome(work);
      driver.get(url + "/");
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofMinutes(3));
      wait.until(d -> "connected".equals(d.findElement(By.id("ws-status")).getText()));
      wait.until(d -> d.findElements(By.cssSelector("#runs tr")).size() == 2);

      Path tmp = Files.createDirectories(work.resolve("tmp"));
      run =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Djava.io.tmpdir=" + tmp.toAbsolutePath(),
                  "-jar",
                  JAR.toAbsolutePath().toString(),
                  "--include",
                  "FlowHashBenchmark.keyed$",
                  "--profile",
                  "smoke",
                  "--dashboard",
                  url,
                  "--output",
                  output.toAbsolutePath().toString())
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("run.log").toFile())
              .start();

      wait.until(d -> d.findElement(By.id("run-state")).getText().equals("running"));
      wait.until(
          d ->
              Integer.parseInt(d.findElement(By.id("live-chart")).getAttribute("data-points"))
                  >= 3);
      wait.until(d -> !d.findElements(By.cssSelector("#alerts li")).isEmpty());
      wait.until(d -> d.findElement(By.id("run-state")).getText().equals("finished"));
      assertThat(run.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(run.exitValue()).as(Files.readString(work.resolve("run.log"))).isZero();

      assertThat(driver.findElements(By.cssSelector("#claims tr"))).hasSizeGreaterThan(20);
      assertThat(driver.findElements(By.cssSelector("#finished tr"))).hasSize(1);
      assertThat(driver.findElement(By.cssSelector("#alerts li")).getText())
          .contains("above the alert threshold");
      wait.until(d -> d.findElements(By.cssSelector("#runs tr")).size() == 3);

      Select benchmarks = new Select(driver.findElement(By.id("trend-benchmark")));
      String twoRuns =
          benchmarks.getOptions().stream()
              .filter(o -> o.getText().contains("(2 runs)"))
              .findFirst()
              .orElseThrow()
              .getAttribute("value");
      benchmarks.selectByValue(twoRuns);
      wait.until(
          d ->
              Integer.parseInt(d.findElement(By.id("trend-chart")).getAttribute("data-points"))
                  == 2);
      assertThat(driver.findElements(By.cssSelector("#trend-chart canvas"))).isNotEmpty();
      wait.until(d -> d.findElement(By.id("trend-summary")).getText().startsWith("Trend:"));

      // A history with a 20% step at the 13th of 24 more runs: the trend view marks it.
      org.mfn.runner.history.HistoryFixtures.appendStep(history, output);
      driver.get(url + "/");
      wait.until(d -> d.findElements(By.cssSelector("#trend-benchmark option")).size() > 0);
      Select again = new Select(driver.findElement(By.id("trend-benchmark")));
      String bloom =
          again.getOptions().stream()
              .filter(o -> o.getText().startsWith("ifr.BloomFilterLookupBenchmark.blockedNegative"))
              .findFirst()
              .orElseThrow()
              .getAttribute("value");
      again.selectByValue(bloom);
      wait.until(
          d ->
              Integer.parseInt(d.findElement(By.id("trend-changes")).getAttribute("data-count"))
                  > 0);
      assertThat(driver.findElement(By.id("trend-changes")).getText())
          .contains("Change point at run")
          .contains("(commit k13)")
          .contains("commits k12..k13");

      Files.write(Path.of("target", "dashboard.png"), driver.getScreenshotAs(OutputType.BYTES));
      List<LogEntry> severe =
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
              .toList();
      assertThat(severe).as("console errors").isEmpty();
    } finally {
      if (run != null && run.isAlive()) {
        run.destroyForcibly();
      }
      if (driver != null) {
        driver.quit();
      }
    }
  }

  private static ChromeDriver chrome(Path work) throws Exception {
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
        "--window-size=1280,2200",
        "--user-data-dir=" + Files.createTempDirectory(work, "profile").toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    return new ChromeDriver(
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
        options);
  }
}
