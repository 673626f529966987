package org.mfn.report.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.report.ReportFixtures;
import org.mfn.report.output.ReportFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What it costs to write the reports of a large suite: every format, and each one alone, for the
 * checked-in sample grown to {@code benchmarks} results of {@code forks} x 10 iterations and 5
 * warm-up iterations each (goal: every format of 1,000 benchmarks in under 2 s, issue 12).
 * Rendering goes to memory, so that the renderers, not the disk, are measured.
 *
 * <p>A test-scope benchmark, because mfn-bench may not depend on mfn-report (DESIGN.md's module
 * arrows). Run: {@code mvn -B -pl mfn-report -am -Prender-bench verify -DskipTests}, or {@code
 * main} from the IDE with the test class path; JMH options given to {@code main} override the
 * annotations.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class ReportRenderingBenchmark {
  /** Benchmarks in the results. */
  @Param({"1000"})
  public int benchmarks;

  /** Forks per benchmark in the results (5 x 10 iterations: a {@code thorough} run's shape). */
  @Param({"5"})
  public int forks;

  /** One format for {@link #oneFormat}, by {@link ReportFormat} name. */
  @Param({"HTML", "CSV", "MARKDOWN", "JUNIT", "PROMETHEUS", "BENCHER", "GITHUB_SMALLER"})
  public String format;

  RunResult results;
  ReportFormat one;
  List<ReportFormat> every;

  /** Grows the sample and picks the formats. */
  @Setup(Level.Trial)
  public void setUp() {
    results = ReportFixtures.grown(benchmarks, forks, 10);
    one = ReportFormat.valueOf(format);
    every = List.of(ReportFormat.values());
  }

  /**
   * Renders {@code results.json} and every format once (the same for every {@code format} value).
   *
   * @return bytes written, so that nothing is eliminated
   * @throws IOException never (memory)
   */
  @Benchmark
  public long everyFormat() throws IOException {
    ByteArrayOutputStream json = new ByteArrayOutputStream(1 << 20);
    ResultsJson.mapper().writeValue(json, results);
    long bytes = json.size();
    for (ReportFormat f : every) {
      bytes += render(f);
    }
    return bytes;
  }

  /**
   * Renders one format.
   *
   * @return bytes written
   * @throws IOException never (memory)
   */
  @Benchmark
  public long oneFormat() throws IOException {
    return render(one);
  }

  private long render(ReportFormat f) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    f.renderer().render(results, out);
    return out.size();
  }

  /**
   * Runs this class; {@code everyFormat} once (its result does not depend on {@code format}).
   *
   * @param args JMH command-line options
   * @throws RunnerException if JMH fails
   * @throws CommandLineOptionException if an option is malformed
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    String name = Pattern.quote(ReportRenderingBenchmark.class.getName());
    new Runner(
            new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include("^" + name + "\\.oneFormat$")
                .shouldFailOnError(true)
                .build())
        .run();
    new Runner(
            new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include("^" + name + "\\.everyFormat$")
                .param("format", "HTML")
                .shouldFailOnError(true)
                .build())
        .run();
  }
}
