package org.mfn.runner.jmh;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mfn.core.io.AtomicFiles;
import org.mfn.core.result.RunLength;
import org.mfn.runner.plan.BenchmarkInfo;
import org.mfn.runner.plan.RunPlan;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs benchmarks through JMH's {@link Runner} API and writes JMH's JSON result, unchanged in
 * format, atomically to {@code jmh.json}; JMH's text output goes to {@code jmh.log}.
 *
 * <p>Each benchmark is included by its exact name and runs with the plan's run length for it (its
 * class's annotations unless the command line changed them; forks at least one), and JMH's GC
 * profiler adds allocation per operation when the plan asks for it. {@code shouldFailOnError} is
 * on: a benchmark that throws fails the run rather than leaving a silent gap. Not thread-safe; JMH
 * itself allows one run per machine at a time (its lock lives in {@code java.io.tmpdir}).
 */
public final class JmhDriver {
  /** Assumed JVM start plus trial setup per fork, seconds, for estimates. */
  public static final double SETUP_SECONDS_PER_FORK = 1.5;

  /** The JMH JSON file name in a run directory. */
  public static final String JMH_JSON = "jmh.json";

  /** JMH's text log in a run directory. */
  public static final String JMH_LOG = "jmh.log";

  /**
   * Runs the benchmarks.
   *
   * @param plan the plan
   * @param benchmarks the benchmarks to run, at least one
   * @param runDirectory where {@code jmh.json} and {@code jmh.log} go
   * @param listener progress receiver
   * @param warmup receives the warm-up iteration scores
   * @return the path of {@code jmh.json}
   * @throws IOException if the files cannot be written
   * @throws RunnerException if JMH fails (a benchmark threw, a fork could not start)
   */
  public JmhRun run(
      RunPlan plan,
      List<BenchmarkInfo> benchmarks,
      Path runDirectory,
      ProgressListener listener,
      WarmupRecorder warmup,
      StopRequest stop)
      throws IOException, RunnerException {
    List<Double> planned = new ArrayList<>();
    for (BenchmarkInfo b : benchmarks) {
      double each = plan.secondsPerParameterSet(b, SETUP_SECONDS_PER_FORK);
      for (int i = plan.parameterSets(b); i > 0; i--) {
        planned.add(each);
      }
    }
    List<RunResult> results = new ArrayList<>();
    Path json = runDirectory.resolve(JMH_JSON);
    boolean interrupted = false;
    try (PrintStream log =
        new PrintStream(
            Files.newOutputStream(runDirectory.resolve(JMH_LOG)), true, StandardCharsets.UTF_8)) {
      ProgressOutputFormat format =
          new ProgressOutputFormat(
              ProgressOutputFormat.textLog(log),
              listener,
              planned.stream().mapToDouble(Double::doubleValue).toArray(),
              warmup,
              stop);
      // One Runner call per benchmark and parameter set: a stop request then ends the run
      // between parameter sets, and jmh.json always holds every one that finished.
      runs:
      for (BenchmarkInfo b : benchmarks) {
        for (Map<String, String> parameters : plan.parameterCombinations(b)) {
          if (stop.requested()) {
            interrupted = true;
            break runs;
          }
          try {
            Collection<RunResult> finished = new Runner(options(plan, b, parameters), format).run();
            if (stop.requested()) { // asked to stop while it ran: abandon it
              interrupted = true;
              break runs;
            }
            results.addAll(finished);
          } catch (RunnerException e) {
            if (stop.requested()) { // Ctrl-C in a terminal also reaches the fork and kills it
              interrupted = true;
              break runs;
            }
            throw e;
          }
          List<RunResult> snapshot = List.copyOf(results);
          AtomicFiles.write(json, out -> writeJson(snapshot, out));
        }
      }
    }
    if (results.isEmpty()) {
      AtomicFiles.writeString(json, "[]\n");
    }
    return new JmhRun(json, interrupted || stop.requested());
  }

  private static Options options(
      RunPlan plan, BenchmarkInfo benchmark, Map<String, String> parameters) {
    // Always passed, even when equal to the class's annotations: what runs is then exactly what
    // the plan recorded.
    RunLength length = plan.lengthOf(benchmark);
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include("^" + Pattern.quote(benchmark.name()) + "$")
            .forks(length.forks())
            .warmupIterations(length.warmupIterations())
            .warmupTime(seconds(length.warmupSeconds()))
            .measurementIterations(length.measurementIterations())
            .measurementTime(seconds(length.measurementSeconds()))
            .shouldFailOnError(true);
    parameters.forEach(options::param);
    if (plan.jmh().memoryProfiler()) {
      options.addProfiler(MemoryProfiler.class);
    }
    if (plan.jmh().gcProfiler()) {
      options.addProfiler(GCProfiler.class);
    }
    if (plan.jmh().timeoutSeconds() != null) {
      options.timeout(seconds(plan.jmh().timeoutSeconds()));
    }
    if (!plan.jmh().forkJvm().keepsOwn()) {
      // JMH would replace the class's own jvmArgsAppend with these: pass them merged.
      options.jvmArgsAppend(
          plan.jmh().forkJvm().appendTo(benchmark.ownJvmArgs()).toArray(String[]::new));
    }
    return options.build();
  }

  /**
   * What a JMH run left.
   *
   * @param json the {@code jmh.json} with every finished benchmark
   * @param interrupted whether a stop request ended the run early
   */
  public record JmhRun(Path json, boolean interrupted) {}

  private static void writeJson(Collection<RunResult> results, OutputStream out) {
    PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
    ResultFormatFactory.getInstance(ResultFormatType.JSON, print).writeOut(results);
    print.flush();
  }

  private static TimeValue seconds(double seconds) {
    return TimeValue.milliseconds(Math.max(1, Math.round(seconds * 1000)));
  }
}
