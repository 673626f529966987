package org.mfn.core.regression;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.MetricResult;

/**
 * The operating characteristics of the regression check, by simulation: for 1, 2, 3 and 5 forks per
 * run and fork-to-fork noise of 1%, 2% and 4%, how often an A/A comparison fails the check (a false
 * alarm: exit 3) and how often a change of 5%, 10% and 20% is found, of one benchmark (that
 * benchmark REGRESSED) and of the whole suite (the check exits 3). Prints a Markdown table; the
 * same seed gives the same table.
 *
 * <p>Model: suites of {@value #BENCHMARKS} benchmarks, 5 iterations per fork with 1% iteration
 * noise, the fork's level log-normal with the cell's noise, threshold 5%, confidence 0.95. Run:
 * {@code java -cp mfn-runner/target/mfn-runner.jar org.mfn.core.regression.OperatingCharacteristics
 * [trials [seed]]} (default 200 trials, seed 1).
 */
public final class OperatingCharacteristics {
  static final int BENCHMARKS = 20;
  private static final int ITERATIONS = 5;
  private static final double[] CHANGES = {0.05, 0.10, 0.20};
  private static final int[] FORKS = {1, 2, 3, 5};
  private static final double[] NOISE = {0.01, 0.02, 0.04};

  private final int trials;
  private final SplittableRandom random;
  private final RegressionDetector detector =
      new RegressionDetector(new ComparisonSettings(5, 0.95, 100));

  OperatingCharacteristics(int trials, long seed) {
    this.trials = trials;
    this.random = new SplittableRandom(seed);
  }

  /**
   * Prints the table.
   *
   * @param args optional: trials per cell, seed
   */
  public static void main(String[] args) {
    int trials = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    new OperatingCharacteristics(trials, seed).print(System.out);
  }

  void print(PrintStream out) {
    out.printf(
        Locale.ROOT,
        "| forks | fork noise | A/A false alarms | one benchmark +5%% | +10%% | +20%% | whole suite"
            + " +5%% | +10%% | +20%% |%n|---|---|---|---|---|---|---|---|---|%n");
    for (int forks : FORKS) {
      for (double noise : NOISE) {
        double[] row = cell(forks, noise);
        StringBuilder line =
            new StringBuilder(String.format(Locale.ROOT, "| %d | %.0f%% |", forks, 100 * noise));
        for (double v : row) {
          line.append(String.format(Locale.ROOT, " %.1f%% |", 100 * v));
        }
        out.println(line);
      }
    }
    out.printf(
        Locale.ROOT,
        "%n%d trials per cell, %d benchmarks per suite, %d iterations per fork with 1%% iteration"
            + " noise, threshold 5%%, confidence 0.95.%n",
        trials,
        BENCHMARKS,
        ITERATIONS);
  }

  /** False alarms, then one-benchmark power for each change, then suite power for each change. */
  double[] cell(int forks, double noise) {
    double[] row = new double[1 + 2 * CHANGES.length];
    for (int t = 0; t < trials; t++) {
      List<BenchmarkResult> old = suite(forks, noise, 0, 0);
      row[0] += detector.compare(old, suite(forks, noise, 0, 0)).anyRegression() ? 1 : 0;
      for (int c = 0; c < CHANGES.length; c++) {
        ComparisonReport one = detector.compare(old, suite(forks, noise, CHANGES[c], 1));
        row[1 + c] += one.comparisons().get(0).verdict() == ChangeVerdict.REGRESSED ? 1 : 0;
        ComparisonReport all = detector.compare(old, suite(forks, noise, CHANGES[c], BENCHMARKS));
        row[1 + CHANGES.length + c] += all.anyRegression() ? 1 : 0;
      }
    }
    for (int i = 0; i < row.length; i++) {
      row[i] /= trials;
    }
    return row;
  }

  /** A suite whose first {@code changed} benchmarks are slower by {@code change}. */
  private List<BenchmarkResult> suite(int forks, double noise, double change, int changed) {
    List<BenchmarkResult> results = new ArrayList<>();
    for (int b = 0; b < BENCHMARKS; b++) {
      double factor = b < changed ? 1 + change : 1;
      List<List<Double>> samples = new ArrayList<>();
      for (int f = 0; f < forks; f++) {
        double level = 100 * factor * Math.exp(noise * random.nextGaussian());
        List<Double> fork = new ArrayList<>();
        for (int i = 0; i < ITERATIONS; i++) {
          fork.add(level * (1 + 0.01 * random.nextGaussian()));
        }
        samples.add(fork);
      }
      results.add(simulated("b" + b, samples));
    }
    return results;
  }

  /**
   * A simulated average-time result in ns/op with the given samples and no statistics (the
   * comparison reads samples only).
   *
   * @param name the benchmark's name
   * @param samples {@code [fork][iteration]}
   * @return the result
   */
  static BenchmarkResult simulated(String name, List<List<Double>> samples) {
    return new BenchmarkResult(
        name,
        Map.of(),
        Layer.IFR,
        "s",
        Role.MFN,
        "x",
        "avgt",
        1,
        samples.size(),
        new MetricResult("ns/op", samples, null, null),
        Map.of());
  }
}
