package org.mfn.runner.ab;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mfn.core.regression.PairedRounds;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.jmh.StopRequest;
import org.mfn.runner.plan.BenchmarkInfo;
import org.mfn.runner.plan.RunPlan;

/**
 * Runs an A/B comparison round by round: in each round every selected benchmark parameter set runs
 * one fork of each build, in the round's order ({@link AbSchedule}), each fork a fresh JVM. Rounds
 * are the outer loop, so that a drift of the machine spreads over every benchmark alike.
 *
 * <p>A fork that fails stops the comparison with an {@link AbException} (exit 1), never a one-sided
 * result. A stop request (Ctrl-C) is honoured between forks: the rounds that both builds finished
 * are kept and analysed, the round in progress dropped.
 */
public final class AbRunner {
  /**
   * What a comparison measured.
   *
   * @param pairs each parameter set's complete rounds
   * @param rounds the complete rounds
   * @param interrupted whether a stop request ended it early
   */
  public record Outcome(List<PairedRounds> pairs, int rounds, boolean interrupted) {}

  private final ForkRunner forks;
  private final PrintWriter out;
  private final StopRequest stop;
  private final boolean duet;

  /**
   * Creates the runner.
   *
   * @param forks runs one fork
   * @param out where progress goes
   * @param stop the stop request
   */
  public AbRunner(ForkRunner forks, PrintWriter out, StopRequest stop) {
    this(forks, out, stop, false);
  }

  /**
   * Creates the runner, interleaved or duet.
   *
   * @param forks runs one fork
   * @param out where progress goes
   * @param stop the stop request
   * @param duet whether the two forks of a round run at the same time, each pinned to its own CPU
   *     (the round's first build on CPU 0, the other on CPU 1; duet benchmarking, Bulej et al.,
   *     ICPE 2020), rather than one after the other; a duet round compares the iterations that ran
   *     at the same time ({@link DuetPairing})
   */
  public AbRunner(ForkRunner forks, PrintWriter out, StopRequest stop, boolean duet) {
    this.forks = forks;
    this.out = out;
    this.stop = stop;
    this.duet = duet;
  }

  /**
   * Runs the comparison.
   *
   * @param jars each build's runner jar
   * @param plan the run lengths and parameter sets
   * @param benchmarks the selected benchmarks
   * @param schedule the rounds' orders
   * @param work a directory for the forks' files
   * @return the complete rounds of every parameter set
   * @throws AbException if a fork fails, or the builds report different units
   */
  public Outcome run(
      Map<Build, Path> jars,
      RunPlan plan,
      List<BenchmarkInfo> benchmarks,
      List<Build[]> schedule,
      Path work) {
    Map<String, Series> series = new LinkedHashMap<>();
    int complete = 0;
    boolean interrupted = false;
    rounds:
    for (int r = 0; r < schedule.size(); r++) {
      Build[] order = schedule.get(r);
      for (BenchmarkInfo b : benchmarks) {
        for (Map<String, String> params : plan.parameterCombinations(b)) {
          String label = b.name() + (params.isEmpty() ? "" : " " + params);
          Series s = series.computeIfAbsent(label, k -> new Series());
          if (stop.requested()) {
            interrupted = true;
            break rounds;
          }
          Map<Build, ForkRunner.Fork> round =
              duet
                  ? duetRound(order, jars, b, params, plan, work)
                  : sequentialRound(order, jars, b, params, plan, work);
          if (round == null) {
            interrupted = true;
            break rounds;
          }
          ForkRunner.Fork o = round.get(Build.OLD);
          ForkRunner.Fork n = round.get(Build.NEW);
          double oldScore = o.mean();
          double newScore = n.mean();
          String kept = "";
          if (duet) {
            long iterationNanos =
                Math.max(1, Math.round(plan.lengthOf(b).measurementSeconds() * 1e9));
            DuetPairing.Paired p = DuetPairing.pair(o, n, iterationNanos);
            if (p.old().isEmpty()) {
              kept = ", no iterations overlapped in time: all kept";
            } else {
              oldScore = p.oldMean();
              newScore = p.newMean();
              kept =
                  p.timed()
                      ? ", " + p.old().size() + " of " + p.offered() + " iterations paired in time"
                      : "";
            }
          }
          s.add(label, o.unit(), n.unit(), oldScore, newScore);
          out.printf(
              Locale.ROOT,
              "[round %d/%d, %s first] %s: OLD %.4g, NEW %.4g %s (NEW/OLD %.4f%s)%n",
              r + 1,
              schedule.size(),
              order[0],
              label,
              oldScore,
              newScore,
              n.unit(),
              newScore / oldScore,
              kept);
          out.flush();
        }
      }
      complete = r + 1;
    }
    List<PairedRounds> pairs = new ArrayList<>();
    for (Map.Entry<String, Series> e : series.entrySet()) {
      pairs.add(e.getValue().paired(e.getKey(), complete));
    }
    return new Outcome(pairs, complete, interrupted);
  }

  private Map<Build, ForkRunner.Fork> sequentialRound(
      Build[] order,
      Map<Build, Path> jars,
      BenchmarkInfo b,
      Map<String, String> params,
      RunPlan plan,
      Path work) {
    Map<Build, ForkRunner.Fork> round = new EnumMap<>(Build.class);
    for (Build build : order) {
      if (stop.requested()) {
        return null;
      }
      round.put(build, fork(build, jars, b, params, plan, work, null));
    }
    return round;
  }

  private Map<Build, ForkRunner.Fork> duetRound(
      Build[] order,
      Map<Build, Path> jars,
      BenchmarkInfo b,
      Map<String, String> params,
      RunPlan plan,
      Path work) {
    ExecutorService pair = Executors.newFixedThreadPool(2);
    try {
      Map<Build, Future<ForkRunner.Fork>> running = new EnumMap<>(Build.class);
      for (int i = 0; i < 2; i++) {
        Build build = order[i];
        String cpu = Integer.toString(i);
        running.put(build, pair.submit(() -> fork(build, jars, b, params, plan, work, cpu)));
      }
      Map<Build, ForkRunner.Fork> round = new EnumMap<>(Build.class);
      for (Map.Entry<Build, Future<ForkRunner.Fork>> e : running.entrySet()) {
        try {
          round.put(e.getKey(), e.getValue().get());
        } catch (ExecutionException ex) {
          if (ex.getCause() instanceof AbException ab) {
            throw ab;
          }
          throw new AbException(ExitCodes.RUNTIME, "a duet fork failed: " + ex.getCause());
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
          return null;
        }
      }
      return round;
    } finally {
      pair.shutdownNow();
    }
  }

  /** Runs one fork of one build, with the JVM arguments both builds get. */
  private ForkRunner.Fork fork(
      Build build,
      Map<Build, Path> jars,
      BenchmarkInfo b,
      Map<String, String> params,
      RunPlan plan,
      Path work,
      String cpus) {
    return forks.run(
        build, jars.get(build), b.name(), params, plan.lengthOf(b), work, cpus, jvmArgs(plan, b));
  }

  /** The same JVM arguments for both builds: the class's own, changed as the options say. */
  private static List<String> jvmArgs(RunPlan plan, BenchmarkInfo b) {
    return plan.jmh().forkJvm().keepsOwn()
        ? List.of()
        : plan.jmh().forkJvm().appendTo(b.ownJvmArgs());
  }

  /** One parameter set's round scores (fork means; in duet, means of time-paired iterations). */
  private static final class Series {
    private final List<Double> old = new ArrayList<>();
    private final List<Double> now = new ArrayList<>();
    private String unit;

    void add(String label, String oldUnit, String newUnit, double oldScore, double newScore) {
      if (!oldUnit.equals(newUnit) || (unit != null && !unit.equals(newUnit))) {
        throw new AbException(
            ExitCodes.RUNTIME,
            label + ": the builds report different units (" + oldUnit + ", " + newUnit + ")");
      }
      unit = newUnit;
      old.add(oldScore);
      now.add(newScore);
    }

    PairedRounds paired(String label, int rounds) {
      int n = Math.min(rounds, old.size());
      double[] a = new double[n];
      double[] b = new double[n];
      for (int i = 0; i < n; i++) {
        a[i] = old.get(i);
        b[i] = now.get(i);
      }
      return new PairedRounds(label, unit == null ? "" : unit, a, b);
    }
  }
}
