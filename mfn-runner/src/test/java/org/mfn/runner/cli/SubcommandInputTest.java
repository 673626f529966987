package org.mfn.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  @Test
  void check_corruptReport_listsTheProblemExit1() throws Exception {
    Path run = Files.createDirectories(dir.resolve("run"));
    Files.copy(CompareCommandTest.resource("smoke-a.json"), run.resolve("results.json"));
    Files.copy(CompareCommandTest.resource("smoke-a-jmh.json"), run.resolve("jmh.json"));
    Files.writeString(run.resolve("targets-junit.xml"), "<testsuite><testcase>");
    Outcome o = MfnCommandTest.run("check", run.toString());
    assertThat(o.code()).isEqualTo(ExitCodes.RUNTIME);
    assertThat(o.err()).startsWith("mfn: targets-junit.xml is invalid").doesNotContain("\tat ");
    assertThat(o.err().lines()).hasSize(1);
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
}
