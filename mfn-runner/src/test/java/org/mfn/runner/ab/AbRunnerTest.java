package org.mfn.runner.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.model.Layer;
import org.mfn.core.result.RunLength;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.jmh.StopRequest;
import org.mfn.runner.plan.Analysis;
import org.mfn.runner.plan.BenchmarkCatalog;
import org.mfn.runner.plan.BenchmarkInfo;
import org.mfn.runner.plan.BenchmarkSelector;
import org.mfn.runner.plan.ForkJvm;
import org.mfn.runner.plan.JmhSettings;
import org.mfn.runner.plan.Output;
import org.mfn.runner.plan.Profile;
import org.mfn.runner.plan.RunLengthOverride;
import org.mfn.runner.plan.RunPlan;
import org.mfn.runner.plan.Selection;

class AbRunnerTest {
  @TempDir Path dir;

  private final StringWriter text = new StringWriter();
  private final PrintWriter out = new PrintWriter(text, true);

  private RunPlan plan() {
    return plan(ForkJvm.OWN);
  }

  private RunPlan plan(ForkJvm forkJvm) {
    return new RunPlan(
        new Selection(
            List.of(Layer.IFR), List.of("FlowHashBenchmark\\.(keyed|unkeyed)$"), false, List.of()),
        new JmhSettings(
            new RunLengthOverride(Profile.SMOKE, 1, null, null, null), false, null, forkJvm, null),
        new Analysis(0.95, 100),
        new Output(dir, false, false));
  }

  private List<BenchmarkInfo> selected(RunPlan plan) {
    return BenchmarkSelector.select(BenchmarkCatalog.load(), plan);
  }

  private static Map<Build, Path> jars() {
    Map<Build, Path> jars = new EnumMap<>(Build.class);
    jars.put(Build.OLD, Path.of("old.jar"));
    jars.put(Build.NEW, Path.of("new.jar"));
    return jars;
  }

  /** Forks that score 100 for OLD and 110 for NEW, and log the order they ran in. */
  private static final class FakeForks implements ForkRunner {
    final List<String> ran = new ArrayList<>();
    final List<List<String>> jvmArgsSeen = new ArrayList<>();
    Build failing;
    int failAfter = Integer.MAX_VALUE;
    Runnable afterEach = () -> {};

    @Override
    public Fork run(
        Build build,
        Path jar,
        String benchmark,
        Map<String, String> params,
        RunLength length,
        Path work,
        String cpus,
        List<String> jvmArgs) {
      if (build == failing && ran.size() >= failAfter) {
        throw new AbException(
            ExitCodes.RUNTIME,
            "the " + build + " build's fork of " + benchmark + " failed (exit 1)");
      }
      ran.add(build + " " + benchmark.substring(benchmark.lastIndexOf('.') + 1));
      jvmArgsSeen.add(jvmArgs);
      afterEach.run();
      return new Fork("ns/op", List.of(build == Build.OLD ? 100.0 : 110.0));
    }
  }

  @Test
  void everyRound_runsBothBuildsForEveryParameterSet_inTheScheduledOrder() {
    FakeForks forks = new FakeForks();
    RunPlan plan = plan();
    List<Build[]> schedule = AbSchedule.of(4, 3);
    AbRunner.Outcome o =
        new AbRunner(forks, out, StopRequest.never())
            .run(jars(), plan, selected(plan), schedule, dir);
    assertThat(o.rounds()).isEqualTo(4);
    assertThat(o.interrupted()).isFalse();
    assertThat(o.pairs()).hasSize(2).allSatisfy(p -> assertThat(p.rounds()).isEqualTo(4));
    assertThat(forks.ran).hasSize(16);
    for (int r = 0; r < 4; r++) {
      assertThat(forks.ran.get(4 * r)).startsWith(schedule.get(r)[0].name());
      assertThat(forks.ran.get(4 * r + 1)).startsWith(schedule.get(r)[1].name());
    }
    assertThat(o.pairs().get(0).newRounds()).containsOnly(110.0);
  }

  @Test
  void aForkThatFailsInOneBuild_stopsTheComparisonWithExit1_notOneSided() {
    FakeForks forks = new FakeForks();
    forks.failing = Build.NEW;
    forks.failAfter = 5;
    RunPlan plan = plan();
    assertThatThrownBy(
            () ->
                new AbRunner(forks, out, StopRequest.never())
                    .run(jars(), plan, selected(plan), AbSchedule.of(4, 3), dir))
        .isInstanceOf(AbException.class)
        .hasMessageContaining("NEW build's fork")
        .satisfies(e -> assertThat(((AbException) e).exitCode()).isEqualTo(ExitCodes.RUNTIME));
  }

  @Test
  void stopRequest_keepsTheCompleteRounds_andDropsTheRoundInProgress() {
    FakeForks forks = new FakeForks();
    StopRequest stop = StopRequest.never();
    forks.afterEach =
        () -> {
          if (forks.ran.size() == 10) { // two rounds of 4 forks, then 2 of the third
            stop.requestStop();
          }
        };
    RunPlan plan = plan();
    AbRunner.Outcome o =
        new AbRunner(forks, out, stop).run(jars(), plan, selected(plan), AbSchedule.of(6, 3), dir);
    assertThat(o.interrupted()).isTrue();
    assertThat(o.rounds()).isEqualTo(2);
    assertThat(o.pairs()).allSatisfy(p -> assertThat(p.rounds()).isEqualTo(2));
  }

  @Test
  void jvmOptions_areTheSameForBothBuilds_theClassesOwnChangedAsAsked() {
    FakeForks forks = new FakeForks();
    RunPlan plan = plan(new ForkJvm("1g", List.of("-XX:+UseParallelGC")));
    new AbRunner(forks, out, StopRequest.never())
        .run(jars(), plan, selected(plan), AbSchedule.of(2, 1), dir);
    assertThat(forks.jvmArgsSeen)
        .hasSize(8)
        .allSatisfy(
            args -> {
              assertThat(args).containsSubsequence("-Xms1g", "-Xmx1g", "-XX:+UseParallelGC");
              assertThat(args).noneMatch(a -> a.startsWith("-Xmx") && !a.equals("-Xmx1g"));
            });
    assertThat(forks.jvmArgsSeen.stream().distinct()).hasSize(1);

    FakeForks own = new FakeForks();
    new AbRunner(own, out, StopRequest.never())
        .run(jars(), plan(), selected(plan()), AbSchedule.of(2, 1), dir);
    assertThat(own.jvmArgsSeen).allSatisfy(args -> assertThat(args).isEmpty());
  }

  @Test
  void duetRounds_compareTheIterationsThatRanAtTheSameTime() {
    ForkRunner timed =
        (build, jar, benchmark, params, length, work, cpus, jvmArgs) -> {
          long ms = 1_000_000L;
          // NEW started 500 ms late: its first iteration ran beside OLD's second.
          List<Long> ends =
              build == Build.OLD
                  ? List.of(1000 * ms, 1500 * ms, 2000 * ms)
                  : List.of(1500 * ms, 2000 * ms, 2500 * ms);
          List<Double> scores =
              build == Build.OLD ? List.of(100.0, 200.0, 200.0) : List.of(220.0, 220.0, 999.0);
          return new ForkRunner.Fork("ns/op", scores, ends);
        };
    RunPlan plan = plan();
    AbRunner.Outcome o =
        new AbRunner(timed, out, StopRequest.never(), true)
            .run(jars(), plan, selected(plan), AbSchedule.of(2, 1), dir);
    // Paired in time: OLD 200, 200 against NEW 220, 220 -- not the lone 100 and 999.
    assertThat(o.pairs().get(0).oldRounds()).containsOnly(200.0);
    assertThat(o.pairs().get(0).newRounds()).containsOnly(220.0);
    assertThat(text.toString()).contains("2 of 3 iterations paired in time");
  }
}
