package org.mfn.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mfn.report.output.ReportFormat;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.cli.MfnCommandTest.Outcome;

/** list, check and --dry-run, and bad input for every subcommand: one message, its exit code. */
class SubcommandInputTest {
  @TempDir Path dir;

  @Test
  void list_showsBenchmarksWithParametersAndEveryClaim() {
    Outcome o = MfnCommandTest.run("list");
    assertThat(o.code()).isEqualTo(ExitCodes.OK);
    assertThat(o.out())
        .contains(
            "org.mfn.bench.ifr.FlowTableLookupBenchmark.robinHoodHit",
            "flowCount=[10000, 100000, 1000000]",
            "ifr.exact-match",
            "integration.memory");
  }

  @Test
  void dryRun_printsThePlanAndEstimate_runsAndWritesNothing() {
    Outcome o =
        MfnCommandTest.run(
            "--layers",
            "ifr",
            "--baseline",
            "--profile",
            "quick",
            "--dry-run",
            "--output",
            dir.resolve("out").toString());
    assertThat(o.code()).isEqualTo(ExitCodes.OK);
    assertThat(o.out())
        .contains(
            "FlowRegistryMatchBenchmark.hashMapBaseline",
            "Would run",
            "profile quick",
            "estimated");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void check_validRunDirectory_ok() throws Exception {
    Path run = Files.createDirectories(dir.resolve("20260101-000000"));
    Files.copy(CompareCommandTest.resource("smoke-a.json"), run.resolve("results.json"));
    Files.copy(CompareCommandTest.resource("smoke-a-jmh.json"), run.resolve("jmh.json"));
    assertThat(MfnCommandTest.run("report", run.resolve("results.json").toString()).code())
        .isZero();
    Outcome o = MfnCommandTest.run("check", dir.toString());
    assertThat(o.code()).as(o.err()).isEqualTo(ExitCodes.OK);
    assertThat(o.out()).startsWith("ok: ");
  }

  /** A complete run directory: results, JMH's file, every report, and the manifest. */
  private Path completeRun(String name) throws Exception {
    Path run = Files.createDirectories(dir.resolve(name));
    Files.copy(CompareCommandTest.resource("smoke-a.json"), run.resolve("results.json"));
    Files.copy(CompareCommandTest.resource("smoke-a-jmh.json"), run.resolve("jmh.json"));
    assertThat(MfnCommandTest.run("report", run.resolve("results.json").toString()).code())
        .isZero();
    assertThat(run.resolve("manifest.json")).isRegularFile();
    assertThat(MfnCommandTest.run("check", run.toString()).code()).isZero();
    return run;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "report.html deleted                 | report.html is missing",
        "every report deleted                | results.csv is missing",
        "garbage appended to metrics.prom    | metrics.prom is invalid: line",
        "half of report.html                 | report.html is invalid: not a complete report",
        "bencher.json replaced by [1,2,3]    | bencher.json is invalid: not a JSON object",
        "jmh.json deleted                    | jmh.json is missing",
        "jmh.json corrupt                    | jmh.json is not JSON",
        "manifest.json deleted               | manifest.json is missing",
      })
  void check_damagedRunDirectory_namesTheFileExit1(String damage, String message) throws Exception {
    Path run = completeRun("20260101-000000");
    switch (damage.trim()) {
      case "report.html deleted" -> Files.delete(run.resolve("report.html"));
      case "every report deleted" -> {
        for (var format : ReportFormat.values()) {
          Files.deleteIfExists(run.resolve(format.fileName()));
        }
      }
      case "garbage appended to metrics.prom" ->
          Files.writeString(
              run.resolve("metrics.prom"), "garbage here\n", StandardOpenOption.APPEND);
      case "half of report.html" -> {
        String html = Files.readString(run.resolve("report.html"));
        Files.writeString(run.resolve("report.html"), html.substring(0, html.length() / 2));
      }
      case "bencher.json replaced by [1,2,3]" ->
          Files.writeString(run.resolve("bencher.json"), "[1,2,3]");
      case "jmh.json deleted" -> Files.delete(run.resolve("jmh.json"));
      case "jmh.json corrupt" -> Files.writeString(run.resolve("jmh.json"), "[{\"benchmark\": ");
      case "manifest.json deleted" -> Files.delete(run.resolve("manifest.json"));
      default -> throw new IllegalArgumentException(damage);
    }

    Outcome o = MfnCommandTest.run("check", run.toString());

    assertThat(o.code()).as(o.out()).isEqualTo(ExitCodes.RUNTIME);
    assertThat(o.err()).contains("mfn: " + message.trim()).doesNotContain("\tat ");
    assertThat(o.out()).doesNotContain("ok: ");
  }

  @Test
  void check_outputWhoseNewestRunCrashed_saysSo_notTheOlderRun() throws Exception {
    completeRun("20260101-000000");
    Path crashed = Files.createDirectories(dir.resolve("20260102-000000"));
    Files.writeString(crashed.resolve("jmh.log"), "# JMH\n");

    Outcome o = MfnCommandTest.run("check", dir.toString());

    assertThat(o.code()).isEqualTo(ExitCodes.RUNTIME);
    assertThat(o.err())
        .startsWith("mfn: the newest run " + crashed + " has no results.json")
        .doesNotContain("\tat ");
  }

  @Test
  void check_corruptReport_listsEachProblemOnItsOwnLineExit1() throws Exception {
    Path run = completeRun("run");
    Files.writeString(run.resolve("targets-junit.xml"), "<testsuite><testcase>");
    Outcome o = MfnCommandTest.run("check", run.toString());
    assertThat(o.code()).isEqualTo(ExitCodes.RUNTIME);
    assertThat(o.err().lines().toList())
        .hasSize(2)
        .allMatch(l -> l.startsWith("mfn: targets-junit.xml "))
        .anyMatch(l -> l.contains("changed after the run wrote it"))
        .anyMatch(l -> l.contains("is invalid"));
    assertThat(o.err()).doesNotContain("\tat ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "list --bogus                              | 2 | Unknown option: '--bogus'",
        "compare --threshold abc a.json b.json     | 2 | '--threshold'",
        "compare --confidence 2 a.json b.json      | 2 | confidence level",
        "report --format pdf x.json                | 2 | unknown report format",
        "check                                     | 2 | Missing required parameter",
        "check /no/such/dir                        | 2 | no such directory",
        "--layers ifr --timeout never              | 2 | is not a duration",
        "--layers ifr --memory-limit lots          | 2 | --memory-limit must be a size",
        "--layers ifr --cpu-affinity all           | 2 | --cpu-affinity must be a CPU list",
        "--layers ifr --dry-run --jvm-args=Xss2m   | 2 | --jvm-args takes JVM options, each starting with '-' (e.g. -Xss2m): 'Xss2m'",
        "--layers ifr --dry-run --jvm-args=-XX:+NoSuchFlag | 2 | the benchmark JVM does not start with it: Unrecognized VM option 'NoSuchFlag'",
        "--layers ifr --save-baseline a/b          | 2 | a baseline name is",
        "--layers ifr --format svg                 | 2 | unknown report format 'svg'",
      })
  void badInput_oneMessageAndItsExitCode(String args, int code, String message) {
    Outcome o = MfnCommandTest.run(args.trim().split("\\s+"));
    assertThat(o.code()).as(o.err()).isEqualTo(code);
    assertThat(o.err().lines().findFirst().orElse("")).startsWith("mfn: ").contains(message);
    assertThat(o.err()).doesNotContain("\tat ");
  }

  @Test
  void unwritableReportDirectory_runtimeErrorExit1() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Outcome o =
        MfnCommandTest.run(
            "report",
            CompareCommandTest.resource("smoke-a.json").toString(),
            "--output",
            file.resolve("sub").toString());
    assertThat(o.code()).isEqualTo(ExitCodes.RUNTIME);
    assertThat(o.err()).startsWith("mfn: cannot write the reports");
  }

  @Test
  void dashboard_badInput_isOneLineWithItsExitCode_andTheDefaultBindIsLoopback() throws Exception {
    assertThat(
            new picocli.CommandLine(new DashboardCommand())
                .getCommandSpec()
                .findOption("--bind")
                .defaultValue())
        .isEqualTo("127.0.0.1");
    Outcome port = MfnCommandTest.run("dashboard", "--port", "70000");
    assertThat(port.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(port.err()).contains("--port must be in 0..65535: 70000");
    Outcome alert = MfnCommandTest.run("dashboard", "--port", "0", "--alert", "Dijkstra=5");
    assertThat(alert.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(alert.err()).contains("Dijkstra=5");
    Path corrupt = dir.resolve("out");
    Files.createDirectories(corrupt);
    byte[] garbage =
        "not a database ".repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Files.write(corrupt.resolve("history.db"), garbage);
    Outcome history =
        MfnCommandTest.run("dashboard", "--port", "0", "--output", corrupt.toString());
    assertThat(history.code()).isEqualTo(ExitCodes.RUNTIME);
    assertThat(history.err()).contains("not an SQLite database").doesNotContain("\tat ");
    assertThat(Files.readAllBytes(corrupt.resolve("history.db"))).isEqualTo(garbage);
  }

  @Test
  void run_badDashboardOrHistoryOptions_areUsageErrors() {
    Outcome url = MfnCommandTest.run("--layers", "ifr", "--dashboard", "ftp://x", "--dry-run");
    assertThat(url.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(url.err()).contains("--dashboard must be an http URL");
    Outcome both =
        MfnCommandTest.run(
            "--layers", "ifr", "--history-url", "jdbc:sqlite:x.db", "--no-history", "--dry-run");
    assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
    Outcome notJdbc =
        MfnCommandTest.run("--layers", "ifr", "--history-url", "postgres://h/db", "--dry-run");
    assertThat(notJdbc.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(notJdbc.err()).contains("postgres://h/db");
  }

  @Test
  void run_badPushOrSharedHistoryOptions_areUsageErrorsThatNameTheValue() {
    Outcome required = MfnCommandTest.run("--layers", "ifr", "--push-required", "--dry-run");
    assertThat(required.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(required.err()).contains("--push-required needs --push-gateway");
    Outcome scheme =
        MfnCommandTest.run("--layers", "ifr", "--push-gateway", "ftp://gw:9091", "--dry-run");
    assertThat(scheme.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(scheme.err()).contains("ftp://gw:9091");
    Outcome path =
        MfnCommandTest.run(
            "--layers", "ifr", "--push-gateway", "http://gw:9091/metrics", "--dry-run");
    assertThat(path.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(path.err()).contains("without a path");
    Outcome job =
        MfnCommandTest.run(
            "--layers", "ifr", "--push-gateway", "http://gw:9091", "--push-job", " ", "--dry-run");
    assertThat(job.code()).isEqualTo(ExitCodes.USAGE);
    Outcome password =
        MfnCommandTest.run(
            "--layers",
            "ifr",
            "--history-url",
            "jdbc:postgresql://db/h?user=u&password=hunter2",
            "--dry-run");
    assertThat(password.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(password.err()).contains("MFN_HISTORY_PASSWORD").doesNotContain("hunter2");
    Outcome mysql =
        MfnCommandTest.run("--layers", "ifr", "--history-url", "jdbc:mysql://db/h", "--dry-run");
    assertThat(mysql.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(mysql.err()).contains("SQLite").contains("PostgreSQL");
    Outcome both =
        MfnCommandTest.run("--layers", "ifr", "--history-required", "--no-history", "--dry-run");
    assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void run_aSharedHistoryThatCannotBeReached_isExit6BeforeAnythingRuns(@TempDir Path out)
      throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Outcome o =
        MfnCommandTest.run(
            "--include",
            "AbFixtureBenchmark.work$",
            "--profile",
            "smoke",
            "--output",
            out.toString(),
            "--history-url",
            "jdbc:postgresql://127.0.0.1:" + port + "/history");
    assertThat(o.code()).isEqualTo(ExitCodes.PUBLISH_FAILED);
    assertThat(o.err().strip().lines())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("cannot be reached")
        .contains("nothing was run");
    try (var files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void run_aBadAlertsFile_isAUsageErrorNamingTheField(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mfn-alerts.json");
    Files.writeString(
        file,
        "{\"rules\": [{\"when\": \"claim-failed\"}], \"channels\": [{\"type\": \"webhook\","
            + " \"url\": \"http://h/x\", \"secretEnv\": \"MFN_NO_SUCH_VARIABLE_SET\"}]}");
    Outcome missingSecret =
        MfnCommandTest.run("--layers", "ifr", "--alerts", file.toString(), "--dry-run");
    assertThat(missingSecret.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missingSecret.err())
        .contains("--alerts: channels[0] names the environment variable MFN_NO_SUCH_VARIABLE_SET");
    Outcome missing =
        MfnCommandTest.run(
            "--layers", "ifr", "--alerts", dir.resolve("nope.json").toString(), "--dry-run");
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("cannot read alerts file");
    Outcome required = MfnCommandTest.run("--layers", "ifr", "--alerts-required", "--dry-run");
    assertThat(required.code()).isEqualTo(ExitCodes.USAGE);
  }
}
