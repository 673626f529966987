package org.mfn.bench.tooling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.stat.inference.TTest;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.regression.ComparisonReport;
import org.mfn.core.regression.ComparisonSettings;
import org.mfn.core.regression.RegressionDetector;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.MetricResult;
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

/**
 * What it costs to compare two runs of a large suite (the goal: two 1,000-benchmark files in under
 * 5 s, issue 11).
 *
 * <p>Workload: two runs of {@code benchmarks} benchmarks, each with a score and an allocation of 5
 * forks x 10 iterations (2% fork noise, 1% iteration noise), one benchmark 30% slower in the
 * second; built in memory from a seed, so that the comparison, not file reading, is measured (the
 * command's reading is streamed and linear; {@code compare} on two such files, reading included,
 * took 1.5 s on the 2-core development machine).
 *
 * <ul>
 *   <li>MFN: {@link RegressionDetector#compare}, the whole analysis: moderated t intervals, the one
 *       rule, Benjamini-Hochberg, the suite's shift;
 *   <li>PEER: a textbook pass, Welch's t-test (commons-math) on every benchmark's fork means, with
 *       no intervals, no equivalence and no suite test.
 * </ul>
 *
 * <p>Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include ComparisonBenchmark}, or
 * {@code main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ComparisonBenchmark {
  private static final int FORKS = 5;
  private static final int ITERATIONS = 10;

  /** Benchmarks in each run. */
  @Param({"1000"})
  public int benchmarks;

  List<BenchmarkResult> oldRun;
  List<BenchmarkResult> newRun;
  RegressionDetector detector;

  /** Generates the two runs. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(11);
    oldRun = run(random, -1);
    newRun = run(random, 7);
    detector = new RegressionDetector(new ComparisonSettings(5, 0.95, 100));
  }

  private List<BenchmarkResult> run(SplittableRandom random, int slower) {
    List<BenchmarkResult> results = new ArrayList<>();
    for (int b = 0; b < benchmarks; b++) {
      double level = b == slower ? 130 : 100;
      results.add(
          new BenchmarkResult(
              "org.example.Suite.b" + b,
              Map.of(),
              Layer.TOOLING,
              "suite",
              Role.MFN,
              "x",
              "avgt",
              1,
              FORKS,
              metric("ns/op", random, level),
              Map.of(RegressionDetector.ALLOCATION, metric("B/op", random, 0))));
    }
    return results;
  }

  private static MetricResult metric(String unit, SplittableRandom random, double level) {
    List<List<Double>> forks = new ArrayList<>();
    for (int f = 0; f < FORKS; f++) {
      double forkLevel = level * (1 + 0.02 * random.nextGaussian());
      List<Double> iterations = new ArrayList<>();
      for (int i = 0; i < ITERATIONS; i++) {
        iterations.add(forkLevel * (1 + 0.01 * random.nextGaussian()));
      }
      forks.add(iterations);
    }
    return new MetricResult(unit, forks, null, null);
  }

  /** Ours: the whole comparison. */
  @Benchmark
  @Measures(
      layer = Layer.TOOLING,
      subject = "tooling.compare",
      role = Role.MFN,
      implementation = "RegressionDetector")
  public ComparisonReport compare() {
    return detector.compare(oldRun, newRun);
  }

  /** The textbook pass: one Welch t-test per benchmark on fork means. */
  @Benchmark
  @Measures(
      layer = Layer.TOOLING,
      subject = "tooling.compare",
      role = Role.PEER,
      implementation = "Welch t per benchmark (commons-math)")
  public double[] welchOnly() {
    TTest test = new TTest();
    double[] p = new double[oldRun.size()];
    for (int b = 0; b < p.length; b++) {
      p[b] = test.tTest(forkMeans(oldRun.get(b)), forkMeans(newRun.get(b)));
    }
    return p;
  }

  private static double[] forkMeans(BenchmarkResult r) {
    double[][] samples = r.primary().samplesArray();
    double[] means = new double[samples.length];
    for (int f = 0; f < samples.length; f++) {
      double sum = 0;
      for (double v : samples[f]) {
        sum += v;
      }
      means[f] = sum / samples[f].length;
    }
    return means;
  }

  /**
   * Runs this class.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(ComparisonBenchmark.class, args);
  }
}
