package org.mfn.core.regression;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.mfn.core.result.BenchmarkResult;

/**
 * Interleaved A/B runs against separate runs, at the same budget, on a simulated drifting machine:
 * how often an A/A comparison calls a benchmark REGRESSED, and how often a real slowdown of one
 * benchmark is found.
 *
 * <p>Model, in log space, of the fork of benchmark {@code b} that runs in time slot {@code t}:
 * {@code level = change + machine(t) + own_b(t) + noise}, where {@code machine} is a drift shared
 * by every benchmark and {@code own_b} one that only this benchmark feels (its cache, its
 * allocations), both stationary AR(1) processes over the slots, and {@code noise} is independent
 * per fork. Each fork has {@value #ITERATIONS} iterations with 1% noise. Interleaved: each round
 * runs every benchmark's OLD and NEW forks in adjacent slots (in randomized order), rounds the
 * outer loop, judged by {@link InterleavedDetector}. Separate runs: the OLD run's forks first, then
 * the NEW run's, the same number of forks, judged by {@link RegressionDetector} as {@code
 * --regression-check} does. Same threshold, confidence and FDR control.
 *
 * <p>Run: {@code java -cp mfn-runner/target/mfn-runner.jar
 * org.mfn.core.regression.AbPowerSimulation [trials [seed]]}. The default parameters describe a
 * steady benchmark on a drifting 2-core machine (README, "Checking a change": 1% fork noise, as the
 * A/B fixture shows; drifts of 4% shared and 3% per benchmark that move over minutes, as separate
 * runs minutes apart differ here); they are overridable as system properties {@code
 * mfn.sim.benchmarks}, {@code mfn.sim.forkNoise}, {@code mfn.sim.machineDrift}, {@code
 * mfn.sim.ownDrift} and {@code mfn.sim.slotCorrelation}.
 *
 * @param benchmarks benchmarks per suite
 * @param rounds rounds of the A/B run = forks per side of the separate runs
 * @param forkNoise SD of a fork's level (log)
 * @param machineDrift stationary SD of the shared drift (log)
 * @param ownDrift stationary SD of each benchmark's own drift (log)
 * @param slotCorrelation correlation of a drift between consecutive slots
 * @param change the slowdown of benchmark 0 (e.g. 0.05)
 * @param threshold the threshold, percent
 */
public record AbPowerSimulation(
    int benchmarks,
    int rounds,
    double forkNoise,
    double machineDrift,
    double ownDrift,
    double slotCorrelation,
    double change,
    double threshold) {
  static final int ITERATIONS = 3;

  /** The rates one configuration gives. */
  public record Rates(
      double interleavedFalse,
      double interleavedPower,
      double separateFalse,
      double separatePower) {}

  /**
   * Runs the simulation.
   *
   * @param trials trials of each kind (A/A suites, and suites with benchmark 0 slower)
   * @param seed the seed
   * @return the rates: false regressions per benchmark comparison in A/A, and the share of trials
   *     in which benchmark 0 was REGRESSED
   */
  public Rates run(int trials, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ComparisonSettings settings = new ComparisonSettings(threshold, 0.95, 200);
    InterleavedDetector interleaved = new InterleavedDetector(settings);
    RegressionDetector separate = new RegressionDetector(settings);
    long iFalse = 0;
    long sFalse = 0;
    long comparisons = 0;
    int iFound = 0;
    int sFound = 0;
    for (int t = 0; t < trials; t++) {
      for (boolean aa : new boolean[] {true, false}) {
        double slow = aa ? 0 : change;
        List<PairedRounds> pairs = interleavedSuite(random, slow);
        List<MetricComparison> ic = interleaved.compare(pairs, "simulated").comparisons();
        List<List<BenchmarkResult>> runs = separateRuns(random, slow);
        List<MetricComparison> sc =
            separate.compare(runs.get(0), runs.get(1)).comparisons().stream()
                .filter(c -> c.metric().equals("score"))
                .toList();
        if (aa) {
          comparisons += benchmarks;
          iFalse += ic.stream().filter(c -> c.verdict() == ChangeVerdict.REGRESSED).count();
          sFalse += sc.stream().filter(c -> c.verdict() == ChangeVerdict.REGRESSED).count();
        } else {
          iFound += ic.get(0).verdict() == ChangeVerdict.REGRESSED ? 1 : 0;
          sFound += sc.get(0).verdict() == ChangeVerdict.REGRESSED ? 1 : 0;
        }
      }
    }
    return new Rates(
        (double) iFalse / comparisons,
        (double) iFound / trials,
        (double) sFalse / comparisons,
        (double) sFound / trials);
  }

  /** The drifts over the slots: AR(1) with the given stationary SD. */
  private double[] drift(SplittableRandom random, int slots, double sd) {
    double[] d = new double[slots];
    double innovation = sd * Math.sqrt(1 - slotCorrelation * slotCorrelation);
    d[0] = sd * random.nextGaussian();
    for (int s = 1; s < slots; s++) {
      d[s] = slotCorrelation * d[s - 1] + innovation * random.nextGaussian();
    }
    return d;
  }

  private double fork(SplittableRandom random, double level) {
    return level + forkNoise * random.nextGaussian();
  }

  private List<PairedRounds> interleavedSuite(SplittableRandom random, double slow) {
    int slots = 2 * benchmarks * rounds;
    double[] machine = drift(random, slots, machineDrift);
    double[][] own = new double[benchmarks][];
    for (int b = 0; b < benchmarks; b++) {
      own[b] = drift(random, slots, ownDrift);
    }
    double[][] old = new double[benchmarks][rounds];
    double[][] now = new double[benchmarks][rounds];
    int slot = 0;
    for (int r = 0; r < rounds; r++) {
      boolean oldFirst = random.nextBoolean();
      for (int b = 0; b < benchmarks; b++) {
        int so = oldFirst ? slot : slot + 1;
        int sn = oldFirst ? slot + 1 : slot;
        old[b][r] = mean(random, fork(random, machine[so] + own[b][so]));
        double change = b == 0 ? Math.log1p(slow) : 0;
        now[b][r] = mean(random, fork(random, change + machine[sn] + own[b][sn]));
        slot += 2;
      }
    }
    List<PairedRounds> pairs = new ArrayList<>();
    for (int b = 0; b < benchmarks; b++) {
      pairs.add(new PairedRounds("b" + b, "ns/op", old[b], now[b]));
    }
    return pairs;
  }

  private List<List<BenchmarkResult>> separateRuns(SplittableRandom random, double slow) {
    int slots = 2 * benchmarks * rounds;
    double[] machine = drift(random, slots, machineDrift);
    double[][] own = new double[benchmarks][];
    for (int b = 0; b < benchmarks; b++) {
      own[b] = drift(random, slots, ownDrift);
    }
    List<List<BenchmarkResult>> runs = new ArrayList<>();
    int slot = 0;
    for (int side = 0; side < 2; side++) {
      List<BenchmarkResult> run = new ArrayList<>();
      for (int b = 0; b < benchmarks; b++) {
        double change = side == 1 && b == 0 ? Math.log1p(slow) : 0;
        List<List<Double>> samples = new ArrayList<>();
        for (int f = 0; f < rounds; f++) {
          // A run measures each benchmark's forks together, one benchmark after another.
          double level = fork(random, change + machine[slot] + own[b][slot]);
          slot++;
          List<Double> iterations = new ArrayList<>();
          for (int i = 0; i < ITERATIONS; i++) {
            iterations.add(100 * Math.exp(level + 0.01 * random.nextGaussian()));
          }
          samples.add(iterations);
        }
        run.add(OperatingCharacteristics.simulated("b" + b, samples));
      }
      runs.add(run);
    }
    return runs;
  }

  private static double mean(SplittableRandom random, double level) {
    double sum = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      sum += 100 * Math.exp(level + 0.01 * random.nextGaussian());
    }
    return sum / ITERATIONS;
  }

  /**
   * Prints the rates for 6 and 10 rounds.
   *
   * @param args optional: trials, seed
   */
  public static void main(String[] args) {
    int trials = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    print(System.out, trials, seed);
  }

  static void print(PrintStream out, int trials, long seed) {
    out.printf(
        Locale.ROOT,
        "| rounds = forks a side | interleaved A/A false | interleaved 5%% found | separate A/A"
            + " false | separate 5%% found |%n|---|---|---|---|---|%n");
    for (int rounds : new int[] {6, 10}) {
      Rates r = thisMachine(rounds).run(trials, seed);
      out.printf(
          Locale.ROOT,
          "| %d | %.2f%% | %.1f%% | %.2f%% | %.1f%% |%n",
          rounds,
          100 * r.interleavedFalse(),
          100 * r.interleavedPower(),
          100 * r.separateFalse(),
          100 * r.separatePower());
    }
    AbPowerSimulation m = thisMachine(6);
    out.printf(
        Locale.ROOT,
        "%n%d trials each; %d benchmarks; fork noise %.1f%%, shared drift %.1f%%, own drift %.1f%%,"
            + " slot correlation %.2f; threshold %.0f%%.%n",
        trials,
        m.benchmarks(),
        100 * m.forkNoise(),
        100 * m.machineDrift(),
        100 * m.ownDrift(),
        m.slotCorrelation(),
        m.threshold());
  }

  /** The default parameters (see the class comment), overridable by system properties. */
  public static AbPowerSimulation thisMachine(int rounds) {
    return new AbPowerSimulation(
        Integer.getInteger("mfn.sim.benchmarks", 5),
        rounds,
        property("mfn.sim.forkNoise", 0.01),
        property("mfn.sim.machineDrift", 0.04),
        property("mfn.sim.ownDrift", 0.03),
        property("mfn.sim.slotCorrelation", 0.99),
        0.05,
        2);
  }

  private static double property(String name, double otherwise) {
    String v = System.getProperty(name);
    return v == null ? otherwise : Double.parseDouble(v);
  }
}
