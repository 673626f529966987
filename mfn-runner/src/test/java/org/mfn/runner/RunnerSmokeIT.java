package org.mfn.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mfn.core.io.BoundedProcess;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.core.target.TargetVerdict;
import org.mfn.core.target.Verdict;
import org.mfn.runner.cli.MfnMain;

/**
 * Runs the shaded jar as a user would ({@code java -jar}), with real JMH forks, on the smoke
 * profile of one benchmark class with its baseline, and checks both JSON files.
 */
class RunnerSmokeIT {
  private static final Path JAR =
      Path.of(System.getProperty("mfn.runner.jar", "target/mfn-runner.jar"));
  private static final Path WORK = Path.of("target", "it-runs");

  @Test
  void smokeRunOfOneClassWithBaseline_writesJmhJsonAndResultsJson() throws Exception {
    Path output = WORK.resolve("smoke");
    List<String> command =
        jarCommand(
            "--include",
            "FlowRegistryMatchBenchmark.(registry|registryWithoutBloom|hashMapBaseline)$",
            "--baseline",
            "--profile",
            "smoke",
            "--report",
            "--output",
            output.toAbsolutePath().toString());
    // Started inside another git checkout: the run must record the jar's commit, not that one.
    Path elsewhere = otherGitCheckout(WORK.resolve("elsewhere"));
    BoundedProcess.Outcome process =
        BoundedProcess.run(
            new ProcessBuilder(command).directory(elsewhere.toFile()), Duration.ofMinutes(5));
    String log = process.output();
    assertThat(process.timedOut()).as("ran past 5 min\n" + log).isFalse();
    assertThat(process.exitCode()).as(log).isZero();

    Path runDir = newestRun(output);
    JsonNode jmh = new ObjectMapper().readTree(runDir.resolve("jmh.json").toFile());
    assertThat(jmh.isArray()).isTrue();
    assertThat(jmh).hasSize(3);
    for (JsonNode b : jmh) {
      assertThat(b.path("forks").asInt()).isGreaterThanOrEqualTo(1);
      assertThat(b.path("primaryMetric").path("rawData").get(0)).hasSize(3);
    }

    RunResult result = ResultsJson.read(runDir.resolve("results.json"));
    assertThat(result.schemaVersion()).isEqualTo(RunResult.SCHEMA_VERSION);
    assertThat(result.environment().jdkVersion()).isNotBlank();
    assertThat(result.environment().cores()).isPositive();
    assertThat(result.environment().benchmarkJvmFlags()).contains("-Xmx2g");
    assertThat(result.environment().gitCommit())
        .startsWith(git(Path.of("."), "rev-parse", "HEAD"))
        .doesNotStartWith(git(elsewhere, "rev-parse", "HEAD"));
    assertThat(result.benchmarks()).hasSize(3);
    // The run listed its files last, and check finds every one of them whole.
    assertThat(runDir.resolve("manifest.json")).isRegularFile();
    StringWriter checkOut = new StringWriter();
    StringWriter checkErr = new StringWriter();
    int checked =
        MfnMain.run(
            new String[] {"check", runDir.toString()},
            new PrintWriter(checkOut),
            new PrintWriter(checkErr));
    assertThat(checked).as(checkErr.toString()).isZero();
    result
        .benchmarks()
        .forEach(
            b -> {
              assertThat(b.primary().samples()).isNotEmpty();
              assertThat(b.primary().statistics().n()).isEqualTo(3);
              assertThat(b.primary().statistics().ci()).isNotNull();
              assertThat(b.secondary()).containsKey("gc.alloc.rate.norm");
              // JMH's JSON drops warm-up; the runner records it live: 1 fork x 1 warm-up iteration.
              assertThat(b.primary().warmup()).hasSize(1);
              assertThat(b.primary().warmup().get(0)).hasSize(1);
              assertThat(b.primary().statistics().steadyState()).isNotNull();
            });
    assertThat(result.targets()).hasSize(27);
    TargetVerdict exact = verdict(result, "ifr.exact-match");
    assertThat(exact.verdict()).isIn(Verdict.PASS, Verdict.FAIL, Verdict.INCONCLUSIVE);
    assertThat(exact.measured()).isPositive();
    TargetVerdict reduction = verdict(result, "ifr.latency-reduction");
    assertThat(reduction.verdict()).isNotEqualTo(Verdict.NOT_MEASURED);
    assertThat(reduction.reference()).contains("hashMapBaseline");
    assertThat(result.improvements()).isNotEmpty();
    assertThat(log).contains("ifr.exact-match", "Results written to", "Reports: ");
    for (String report :
        List.of(
            "report.html",
            "results.csv",
            "summary.md",
            "metrics.prom",
            "targets-junit.xml",
            "bencher.json",
            "github-action-benchmark-smaller.json")) {
      assertThat(runDir.resolve(report)).isNotEmptyFile();
    }
    // Every benchmark of this run is better when lower: no bigger-is-better file, rather than an
    // empty one that github-action-benchmark rejects.
    assertThat(runDir.resolve("github-action-benchmark-bigger.json")).doesNotExist();
  }

  @Test
  void baselineGenerator_writesAResultFileThatALaterMemoryProfiledRunIsCheckedAgainst()
      throws Exception {
    Path output = WORK.resolve("baseline-generator");
    Run generated =
        runJar(
            "baseline",
            "--simulate-database",
            "--flow-count",
            "20000",
            "--profile",
            "smoke",
            "--output",
            output.toString());
    assertThat(generated.code()).as(generated.log()).isZero();
    Path runDir = newestRun(output);
    Path file = runDir.resolve("results.json");
    assertThat(generated.log()).contains("Baseline result file: " + file);
    RunResult baseline = ResultsJson.read(file);
    assertThat(baseline.benchmarks())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.benchmark()).endsWith("FlowRegistryMatchBenchmark.sqliteBaseline");
              assertThat(b.role()).isEqualTo(org.mfn.core.model.Role.BASELINE);
              assertThat(b.params()).containsEntry("flowCount", "20000");
              assertThat(b.primary().statistics().mean()).isPositive();
            });
    Run check = runJar("check", runDir.toString());
    assertThat(check.code()).as(check.log()).isZero();

    Run later =
        runJar(
            "--include",
            "FlowRegistryMatchBenchmark.sqliteBaseline$",
            "--baseline",
            "--flow-count",
            "20000",
            "--profile",
            "smoke",
            "--memory-profile",
            "--regression-check",
            "--baseline-file",
            file.toString(),
            "--output",
            output.toString());
    // One smoke fork on each side: the check may decide or say it cannot (exit 5), never crash.
    assertThat(later.code()).as(later.log()).isIn(0, 3, 5);
    assertThat(later.log()).contains("Regression check against " + file);
    RunResult profiled = ResultsJson.read(newestRun(output).resolve("results.json"));
    assertThat(profiled.benchmarks())
        .allSatisfy(
            b ->
                assertThat(b.secondary())
                    .containsKeys(
                        "mem.rssBytes",
                        "mem.rssPeakBytes",
                        "mem.heapUsedBytes",
                        "mem.heapCommittedBytes",
                        "mem.gcCount",
                        "mem.gcTime",
                        "mem.heapRetainedBytes",
                        "mem.leakSlopeBytes",
                        "gc.alloc.rate"));
  }

  @Test
  void abOfTheJarAgainstItself_writesAnInterleavedComparison_andABrokenBuildStopsIt()
      throws Exception {
    Path output = WORK.resolve("ab");
    Run aa =
        runJar(
            "ab",
            JAR.toAbsolutePath().toString(),
            JAR.toAbsolutePath().toString(),
            "--mode",
            "interleaved",
            "--include",
            "FlowHashBenchmark.keyed$",
            "--profile",
            "smoke",
            "--rounds",
            "2",
            "--seed",
            "5",
            "--report",
            "--output",
            output.toString());
    assertThat(aa.code()).as(aa.log()).isIn(0, 5);
    assertThat(aa.log()).contains("[round 2/2", "randomized ABBA blocks", "Results written to");
    Path runDir = newestRun(output);
    RunResult result = ResultsJson.read(runDir.resolve("results.json"));
    assertThat(result.comparison().correction())
        .contains("interleaved A/B in randomized ABBA blocks, 2 rounds, seed 5")
        .contains("paired t on per-round log-ratios");
    assertThat(result.comparison().comparisons()).hasSize(1);
    assertThat(runDir.resolve("report.html")).isNotEmptyFile();
    assertThat(runDir.resolve("summary.md")).isNotEmptyFile();

    Run duet =
        runJar(
            "ab",
            JAR.toAbsolutePath().toString(),
            JAR.toAbsolutePath().toString(),
            "--mode",
            "duet",
            "--include",
            "FlowHashBenchmark.keyed$",
            "--profile",
            "smoke",
            "--rounds",
            "2",
            "--output",
            output.toString());
    assertThat(duet.code()).as(duet.log()).isIn(0, 5);
    assertThat(
            ResultsJson.read(newestRun(output).resolve("results.json")).comparison().correction())
        .contains("duet A/B");

    Path broken = Files.write(WORK.resolve("broken.jar"), new byte[] {'P', 'K', 5, 6});
    Run stopped =
        runJar(
            "ab",
            JAR.toAbsolutePath().toString(),
            broken.toAbsolutePath().toString(),
            "--include",
            "FlowHashBenchmark.keyed$",
            "--profile",
            "smoke",
            "--rounds",
            "2",
            "--output",
            output.toString());
    assertThat(stopped.code()).as(stopped.log()).isEqualTo(1);
    assertThat(stopped.log()).containsPattern("Mode: (duet|interleaved)"); // auto chose one
    assertThat(stopped.log())
        .contains("NEW build's fork of org.mfn.bench.ifr.FlowHashBenchmark.keyed failed");
    Run missing = runJar("ab", "nope.jar", JAR.toString(), "--include", "x");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.log()).contains("no such jar: nope.jar");
  }

  @Test
  void baseRef_thatDoesNotExistOrDoesNotBuild_isOneClearLine_andLeavesNoWorktree()
      throws Exception {
    Path repo = Files.createDirectories(WORK.resolve("base-ref-repo-" + System.nanoTime()));
    git(repo, "init", "-q");
    Files.writeString(repo.resolve("pom.xml"), "<project>this is not a pom</project>\n");
    git(repo, "add", "pom.xml");
    git(
        repo,
        "-c",
        "user.name=it",
        "-c",
        "user.email=it@example.invalid",
        "commit",
        "-q",
        "-m",
        "broken");
    BoundedProcess.Outcome missing =
        BoundedProcess.run(
            new ProcessBuilder(
                    jarCommand(
                        "ab",
                        "--base-ref",
                        "no-such-branch",
                        "--include",
                        "FlowHashBenchmark.keyed$"))
                .directory(repo.toFile()),
            Duration.ofMinutes(2));
    assertThat(missing.exitCode()).as(missing.output()).isEqualTo(2);
    assertThat(missing.output())
        .contains("--base-ref: no commit 'no-such-branch'")
        .doesNotContain("\tat ");
    BoundedProcess.Outcome broken =
        BoundedProcess.run(
            new ProcessBuilder(
                    jarCommand(
                        "ab",
                        "--base-ref",
                        "HEAD",
                        JAR.toAbsolutePath().toString(),
                        "--include",
                        "FlowHashBenchmark.keyed$",
                        "--output",
                        WORK.resolve("base-ref-out").toAbsolutePath().toString()))
                .directory(repo.toFile()),
            Duration.ofMinutes(5));
    assertThat(broken.exitCode()).as(broken.output()).isEqualTo(1);
    assertThat(broken.output()).contains("--base-ref: the build of HEAD failed");
    assertThat(git(repo, "worktree", "list").lines()).hasSize(1);
  }

  @Test
  void regressionCheckAgainstASavedBaseline_threeBenchmarksOfOneFork_undecidedExit5()
      throws Exception {
    Path output = WORK.resolve("regression");
    String[] common = {
      "--include",
      "FlowRegistryMatchBenchmark.(registry|registryWithoutBloom|hashMapBaseline)$",
      "--baseline",
      "--profile",
      "smoke",
      "--output",
      output.toString()
    };
    Run first = runJar(concat(common, "--save-baseline", "first"));
    assertThat(first.code).as(first.log).isZero();
    assertThat(output.resolve("baselines").resolve("first.json")).isRegularFile();

    Run second =
        runJar(
            concat(
                common,
                "--regression-check",
                "--baseline-name",
                "first",
                "--save-baseline",
                "second"));

    // One fork per run and only three scores: too few to estimate run-to-run noise, so the
    // check must say it could not decide (5), never "fine" (0), and why.
    assertThat(second.code).as(second.log).isEqualTo(5);
    assertThat(second.log).contains("Regression check against", "INCONCLUSIVE", "undecided: ");
    // A run the check could not judge never becomes a baseline.
    assertThat(second.log).contains("Not saved as baseline 'second'");
    assertThat(output.resolve("baselines").resolve("second.json")).doesNotExist();
    RunResult result = ResultsJson.read(newestRun(output).resolve("results.json"));
    assertThat(result.comparison()).isNotNull();
    assertThat(result.comparison().comparisons()).isNotEmpty();
  }

  @Test
  void sigintDuringTheSecondBenchmark_keepsTheFirstOnesResultsAndReports() throws Exception {
    Path output = WORK.resolve("interrupted");
    Path tmp = WORK.resolve("tmp");
    Files.createDirectories(tmp);
    // A build started in the background inherits SIGINT ignored, and the JVM keeps it so: GNU
    // env restores the default first, so that the runner can install its handler.
    List<String> command = new ArrayList<>();
    if (BoundedProcess.run(
            new ProcessBuilder("env", "--default-signal=INT", "true"), Duration.ofSeconds(10))
        .succeeded()) {
      command.addAll(List.of("env", "--default-signal=INT"));
    }
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Djava.io.tmpdir=" + tmp.toAbsolutePath(),
            "-jar",
            JAR.toString(),
            "--include",
            "FlowRegistryMatchBenchmark.(hashMapBaseline|registry)$",
            "--flow-count",
            "10000,20000", // two parameter sets per method: the run stops between them
            "--baseline",
            "--profile",
            "smoke",
            "--report",
            "--output",
            output.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    // Read on another thread, so that a runner that never ends fails the test at the deadline.
    StringBuffer log = new StringBuffer();
    CompletableFuture<Void> reader =
        CompletableFuture.runAsync(
            () -> {
              try (BufferedReader lines = process.inputReader(StandardCharsets.UTF_8)) {
                String line;
                boolean sent = false;
                while ((line = lines.readLine()) != null) {
                  log.append(line).append('\n');
                  if (!sent && line.startsWith("[2/4]")) {
                    new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                        .start()
                        .waitFor();
                    sent = true;
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    boolean ended = process.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    assertThat(ended).as("ran past 5 min\n" + log).isTrue();
    reader.get(30, TimeUnit.SECONDS);
    assertThat(process.exitValue()).as(log.toString()).isEqualTo(130);
    assertThat(log).contains("Interrupted");
    Path runDir = newestRun(output);
    RunResult result = ResultsJson.read(runDir.resolve("results.json"));
    assertThat(result.benchmarks())
        .extracting(b -> b.methodName() + b.params())
        .containsExactly("hashMapBaseline{flowCount=10000}");
    assertThat(runDir.resolve("report.html")).isNotEmptyFile();
    assertThat(runDir.resolve("results.csv")).isNotEmptyFile();
    JsonNode jmh = new ObjectMapper().readTree(runDir.resolve("jmh.json").toFile());
    assertThat(jmh).hasSize(1);
  }

  @Test
  void twoRunsAtOnceIntoOneOutput_takeTurns_andBothComplete() throws Exception {
    // A fresh output directory, also when the build runs twice in one tree.
    Path output = Files.createTempDirectory(Files.createDirectories(WORK), "concurrent");
    Path firstLog = WORK.resolve("concurrent-first.log");
    Path secondLog = WORK.resolve("concurrent-second.log");
    Files.createDirectories(WORK);
    Process first =
        start(
            firstLog,
            "--include",
            "FlowHashBenchmark.(keyed|unkeyed)$",
            "--profile",
            "smoke",
            "--output",
            output.toString());
    // The first run prints its plan only once it holds the run lock.
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (!Files.exists(firstLog) || !Files.readString(firstLog).contains("Run lengths")) {
      assertThat(System.nanoTime() - deadline).as("the first run started").isNegative();
      assertThat(first.isAlive())
          .as(Files.exists(firstLog) ? Files.readString(firstLog) : "")
          .isTrue();
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
    }
    Process second =
        start(
            secondLog,
            "--include",
            "FlowHashBenchmark.keyed$",
            "--profile",
            "smoke",
            "--output",
            output.toString());

    assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(first.exitValue()).as(Files.readString(firstLog)).isZero();
    assertThat(second.exitValue()).as(Files.readString(secondLog)).isZero();
    assertThat(Files.readString(secondLog)).contains("Waiting for another MFN Bench run");
    try (Stream<Path> runs = Files.list(output)) {
      List<Path> dirs = runs.filter(Files::isDirectory).toList();
      assertThat(dirs).hasSize(2);
      for (Path dir : dirs) {
        assertThat(dir.resolve("results.json")).isNotEmptyFile();
      }
    }
  }

  /** {@code java -jar mfn-runner.jar ARGS} with JMH's lock directory under the IT's work dir. */
  private static List<String> jarCommand(String... args) throws IOException {
    return JarRun.command(WORK, args);
  }

  private static Process start(Path log, String... args) throws IOException {
    return new ProcessBuilder(jarCommand(args))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private record Run(int code, String log) {}

  private static String[] concat(String[] a, String... b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static Run runJar(String... args) throws Exception {
    BoundedProcess.Outcome process =
        BoundedProcess.run(new ProcessBuilder(jarCommand(args)), Duration.ofMinutes(5));
    assertThat(process.timedOut()).as("ran past 5 min\n" + process.output()).isFalse();
    return new Run(process.exitCode(), process.output());
  }

  private static TargetVerdict verdict(RunResult result, String id) {
    return result.targets().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  private static Path otherGitCheckout(Path dir) throws Exception {
    Files.createDirectories(dir);
    git(dir, "init", "-q");
    git(
        dir,
        "-c",
        "user.name=it",
        "-c",
        "user.email=it@example.invalid",
        "commit",
        "-q",
        "--allow-empty",
        "-m",
        "not the runner's commit");
    return dir;
  }

  private static String git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    BoundedProcess.Outcome git =
        BoundedProcess.run(
            new ProcessBuilder(command).directory(dir.toFile()), Duration.ofSeconds(30));
    String out = git.output().trim();
    assertThat(git.succeeded()).as(out).isTrue();
    return out;
  }

  private static Path newestRun(Path output) throws IOException {
    return JarRun.newestRun(output);
  }
}
