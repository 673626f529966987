package org.mfn.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mfn.core.result.RunLength;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.plan.Profile;

/** Bad input gets one clear line on stderr, a hint, the documented exit code and no stack trace. */
class MfnCommandTest {

  /** The outcome of one in-process run of the command line. */
  record Outcome(int code, String out, String err) {}

  static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = MfnMain.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(code, out.toString(), err.toString());
  }

  static MfnCommand parse(String... args) {
    picocli.CommandLine cl =
        MfnMain.commandLine(
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    cl.parseArgs(args);
    return cl.getCommand();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--no-such-option                         | Unknown option: '--no-such-option'",
        "--layers layer9                          | unknown layer 'layer9'",
        "--layers ifr,bogus                       | unknown layer 'bogus'",
        "--all-layers --layers ifr                | either --all-layers or --layers",
        "--layers ifr --forks abc                 | '--forks'",
        "--layers ifr --forks 0                   | --forks must be at least 1: 0",
        "--layers ifr --sample-size 0             | --sample-size must be at least 1",
        "--layers ifr --warm-up -1                | --warm-up must be at least 0",
        "--layers ifr --flow-count 100,x          | '--flow-count'",
        "--layers ifr --flow-count 0              | --flow-count must be at least 1",
        "--layers ifr --duration soon             | is not a duration",
        "--layers ifr --profile fastest           | '--profile'",
        "--layers ifr --confidence 1.5            | --confidence must be in (0.5, 1)",
        "--include [unclosed                      | is not a valid regular expression",
        "--profile smoke                          | choose what to run",
      })
  void badInput_oneLineUsageErrorExit2(String args, String message) {
    Outcome o = run(args.trim().split("\\s+"));

    assertThat(o.code()).isEqualTo(ExitCodes.USAGE);
    String[] lines = o.err().strip().split("\\R");
    assertThat(lines[0]).startsWith("mfn: ").contains(message);
    assertThat(lines).hasSize(2);
    assertThat(lines[1]).contains("--help");
    assertThat(o.err()).doesNotContain("\tat ");
  }

  @Test
  void includeMatchingNothing_usageErrorBeforeAnythingRuns(@TempDir Path dir) {
    Outcome o = run("--include", "NoSuchBenchmark", "--output", dir.toString());
    assertThat(o.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(o.err())
        .startsWith("mfn: no benchmark of the selected layers matches --include NoSuchBenchmark");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void unwritableOutputDirectory_runtimeErrorExit1(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");

    Outcome o = run("--include", "FlowRegistryMatch", "--output", file.resolve("runs").toString());

    assertThat(o.code()).isEqualTo(ExitCodes.RUNTIME);
    assertThat(o.err().strip().split("\\R")).hasSize(1);
    assertThat(o.err())
        .startsWith("mfn: cannot create the run directory under " + file.resolve("runs"));
    assertThat(o.err()).doesNotContain("\tat ");
  }

  @Test
  void unwritableOutputDirectoryWithVerbose_printsTheStackTrace(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Outcome o =
        run(
            "--include",
            "FlowRegistryMatch",
            "--verbose",
            "--output",
            file.resolve("runs").toString());
    assertThat(o.code()).isEqualTo(ExitCodes.RUNTIME);
    assertThat(o.err()).contains("\tat ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "check {dir}/missing                | no such directory",
        "report {dir}/missing.json          | no such results file",
        "compare {dir}/a.json {dir}/b.json  | no such results file",
      })
  void everySubcommand_acceptsVerbose_andOnlyThenPrintsTheStackTrace(
      String args, String message, @TempDir Path dir) {
    String[] quiet = args.trim().replace("{dir}", dir.toString()).split("\\s+");
    String[] verbose = new String[quiet.length + 1];
    verbose[0] = quiet[0];
    verbose[1] = "--verbose";
    System.arraycopy(quiet, 1, verbose, 2, quiet.length - 1);

    Outcome plain = run(quiet);
    Outcome detailed = run(verbose);

    assertThat(plain.err()).startsWith("mfn: ").contains(message).doesNotContain("\tat ");
    assertThat(detailed.code()).isEqualTo(plain.code()).isNotEqualTo(ExitCodes.OK);
    assertThat(detailed.err()).startsWith(plain.err().lines().findFirst().orElseThrow());
    assertThat(detailed.err()).contains("\tat ").doesNotContain("Unknown option");
  }

  @Test
  void listAcceptsVerbose() {
    Outcome o = run("list", "-v", "--claims");
    assertThat(o.code()).isEqualTo(ExitCodes.OK);
    assertThat(o.out()).contains("ifr.exact-match");
  }

  @Test
  void version_printsTheVersionExit0() {
    Outcome o = run("--version");
    assertThat(o.code()).isEqualTo(ExitCodes.OK);
    assertThat(o.out()).startsWith("MFN Bench ").doesNotContain("${");
  }

  @Test
  void help_listsTheOptionsAndExitCodes() {
    Outcome o = run("--help");
    assertThat(o.code()).isEqualTo(ExitCodes.OK);
    assertThat(o.out())
        .contains(
            "--all-layers", "--layers", "--baseline", "--profile", "--include", "Exit codes:");
  }

  @Test
  void layerNames_acceptedInEveryAlias() {
    MfnCommand command = parse("--layers", "Layer1,ifr,2,alm,integration", "--profile", "SMOKE");
    assertThat(command.plan().selection().layers())
        .extracting(Enum::name)
        .containsExactly("IFR", "DSR", "ALM", "INTEGRATION");
    assertThat(command.plan().jmh().lengths().profile()).isEqualTo(Profile.SMOKE);
  }

  @Test
  void noProfile_keepsEveryClassesOwnRunLength() {
    var plan = parse("--layers", "ifr").plan();
    RunLength own = new RunLength(3, 5, 1, 5, 1);
    assertThat(plan.jmh().lengths().isNone()).isTrue();
    assertThat(plan.jmh().lengths().applyTo(own)).isEqualTo(own);
    assertThat(plan.jmh().lengths().source()).isEqualTo("class annotations");
  }

  @Test
  void profile_replacesTheClassesRunLength_optionsReplaceOneValue() {
    var plan = parse("--layers", "ifr", "--profile", "quick", "--forks", "3").plan();
    assertThat(plan.jmh().lengths().applyTo(new RunLength(1, 1, 1, 5, 1)))
        .isEqualTo(new RunLength(3, 1, 1, 3, 0.5));
    assertThat(plan.jmh().lengths().source()).isEqualTo("profile quick, --forks 3");
  }

  @Test
  void explicitOptions_overrideTheClassesOwnValues() {
    MfnCommand command =
        parse(
            "--all-layers",
            "--forks",
            "4",
            "--warm-up",
            "0",
            "--sample-size",
            "7",
            "--duration",
            "250ms",
            "--flow-count",
            "10,20");
    var plan = command.plan();
    assertThat(plan.jmh().lengths().applyTo(new RunLength(3, 5, 1, 5, 1)))
        .isEqualTo(new RunLength(4, 0, 1, 7, 0.25));
    assertThat(plan.selection().flowCounts()).containsExactly("10", "20");
  }

  @Test
  void dryRun_validatesWhatARealRunValidates() throws Exception {
    Outcome badFormat = run("--layers", "ifr", "--dry-run", "--format", "pdf");
    assertThat(badFormat.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(badFormat.err()).contains("pdf");
    Outcome badBaselineName = run("--layers", "ifr", "--dry-run", "--save-baseline", "../x");
    assertThat(badBaselineName.code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void optionBounds_areTheStatedOnes() throws Exception {
    assertThat(run("--layers", "ifr", "--dry-run", "--duration", "0.5ms").code())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(run("--layers", "ifr", "--dry-run", "--duration", "1h").code())
        .isEqualTo(ExitCodes.OK);
    Outcome halfConfidence = run("--layers", "ifr", "--dry-run", "--confidence", "0.5");
    assertThat(halfConfidence.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(halfConfidence.err()).contains("(0.5, 1)");
    Outcome tinyHeap = run("--layers", "ifr", "--dry-run", "--memory-limit", "1k");
    assertThat(tinyHeap.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(tinyHeap.err()).contains("at least 64m", "'1k'");
    Outcome hugeFlows = run("--layers", "ifr", "--dry-run", "--flow-count", "2000000000");
    assertThat(hugeFlows.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(hugeFlows.err()).contains("at most 100000000", "2000000000");
  }

  @Test
  void jvmArgs_followEachClassesOwn_andTheDryRunShowsThem() throws Exception {
    Outcome o =
        run(
            "--include",
            "FlowMemoryBenchmark",
            "--dry-run",
            "--memory-limit",
            "3g",
            "--jvm-args=-XX:+AlwaysPreTouch -Xss2m",
            "--jvm-args",
            "-XX:-UseTLAB");
    assertThat(o.code()).as(o.err()).isEqualTo(ExitCodes.OK);
    // the class's collector settings stay, its heap is replaced, the user's come last
    assertThat(o.out())
        .contains(
            "fork with: -XX:+UseSerialGC -XX:-UseTLAB -Xms3g -Xmx3g -XX:+AlwaysPreTouch -Xss2m"
                + " -XX:-UseTLAB");
  }

  @Test
  void listWithBothFlags_listsBoth() throws Exception {
    Outcome both = run("list", "--benchmarks", "--claims");
    assertThat(both.code()).isEqualTo(ExitCodes.OK);
    assertThat(both.out()).contains("Benchmarks", "Claims", "ifr.exact-match");
  }

  @Test
  void cpuAffinityRefusedByTaskset_oneLineSayingWhy(@TempDir Path output) throws Exception {
    Outcome o =
        run(
            "--include",
            "FlowHashBenchmark.keyed$",
            "--cpu-affinity",
            "999",
            "--output",
            output.toString());
    assertThat(o.code()).isEqualTo(ExitCodes.USAGE);
    String first = o.err().lines().findFirst().orElseThrow();
    assertThat(first).contains("--cpu-affinity 999 was refused by taskset: taskset: failed to set");
    assertThat(o.err().lines().filter(l -> !l.startsWith("Try ")).count()).isEqualTo(1);
    try (var runs = Files.list(output)) {
      assertThat(runs).as("no run directory left behind").isEmpty();
    }
  }
}
