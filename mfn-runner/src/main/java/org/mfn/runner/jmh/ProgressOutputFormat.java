package org.mfn.runner.jmh;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * A JMH {@link OutputFormat} that sends JMH's own text to a log and reports progress to a {@link
 * ProgressListener}: which benchmark, n of m, and the time left: the plan's estimate of what is
 * left, scaled by how the measured time of what finished compares with its estimate.
 *
 * <p>JMH calls it from its runner thread only; not thread-safe.
 */
final class ProgressOutputFormat implements OutputFormat {
  private final OutputFormat log;
  private final ProgressListener listener;
  private final int total;
  private final double[] plannedSeconds;
  private final WarmupRecorder warmup;
  private final StopRequest stop;
  private int started;
  private long runStartNanos;

  ProgressOutputFormat(
      OutputFormat log,
      ProgressListener listener,
      double[] plannedSeconds,
      WarmupRecorder warmup,
      StopRequest stop) {
    this.log = log;
    this.warmup = warmup;
    this.stop = stop;
    this.listener = listener;
    this.total = plannedSeconds.length;
    this.plannedSeconds = plannedSeconds.clone();
  }

  static String label(BenchmarkParams params) {
    Map<String, String> p = paramsOf(params);
    return params.getBenchmark() + (p.isEmpty() ? "" : " " + p);
  }

  private static Map<String, String> paramsOf(BenchmarkParams params) {
    Map<String, String> p = new TreeMap<>();
    for (String key : params.getParamsKeys()) {
      p.put(key, params.getParam(key));
    }
    return p;
  }

  @Override
  public void startRun() {
    if (runStartNanos == 0) { // JMH starts a run per benchmark; time the whole sequence
      runStartNanos = System.nanoTime();
    }
    log.startRun();
  }

  @Override
  public void startBenchmark(BenchmarkParams params) {
    started++;
    double elapsed = (System.nanoTime() - runStartNanos) / 1e9;
    double plannedDone = 0;
    double plannedLeft = 0;
    for (int i = 0; i < plannedSeconds.length; i++) {
      if (i < started - 1) {
        plannedDone += plannedSeconds[i];
      } else {
        plannedLeft += plannedSeconds[i];
      }
    }
    double pace = started > 1 && plannedDone > 0 ? elapsed / plannedDone : 1;
    listener.benchmarkStarted(started, total, label(params), plannedLeft * pace);
    log.startBenchmark(params);
  }

  @Override
  public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
    stop.abandonForksIfRequested(); // a fork started after Ctrl-C is ended at its first iteration
    log.iteration(benchParams, params, iteration);
  }

  @Override
  public void iterationResult(
      BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {
    if (params.getType() == IterationType.WARMUP) {
      warmup.record(
          benchParams.getBenchmark(),
          paramsOf(benchParams),
          iteration,
          data.getPrimaryResult().getScore());
    }
    listener.iterationEnded(
        params.getType() == IterationType.WARMUP,
        iteration,
        data.getPrimaryResult().getScore(),
        data.getPrimaryResult().getScoreUnit());
    log.iterationResult(benchParams, params, iteration, data);
  }

  @Override
  public void endBenchmark(BenchmarkResult result) {
    if (result != null) {
      listener.benchmarkEnded(
          label(result.getParams()),
          result.getPrimaryResult().getScore(),
          result.getPrimaryResult().getScoreError(),
          result.getPrimaryResult().getScoreUnit());
    }
    log.endBenchmark(result);
  }

  @Override
  public void endRun(Collection<RunResult> result) {
    log.endRun(result);
  }

  @Override
  public void print(String s) {
    log.print(s);
  }

  @Override
  public void println(String s) {
    log.println(s);
  }

  @Override
  public void flush() {
    log.flush();
  }

  @Override
  public void close() {
    log.close();
  }

  @Override
  public void verbosePrintln(String s) {
    log.verbosePrintln(s);
  }

  @Override
  public void write(int b) {
    log.write(b);
  }

  @Override
  public void write(byte[] b) throws IOException {
    log.write(b);
  }

  /** Creates JMH's normal text format over a stream, for the log. */
  static OutputFormat textLog(PrintStream out) {
    return OutputFormatFactory.createFormatInstance(out, VerboseMode.NORMAL);
  }
}
