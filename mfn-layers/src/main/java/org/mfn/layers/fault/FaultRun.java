package org.mfn.layers.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mfn.core.harness.Harness;
import org.mfn.core.harness.HarnessResult;
import org.mfn.core.result.FaultOutcome;
import org.mfn.core.result.IntervalStats;

/**
 * Runs a fault scenario with the harness: one thread at a fixed offered rate for the duration, the
 * fault injected at a third of it and cleared at two thirds, and reads before, during and after and
 * the time to recover from the timeline.
 */
public final class FaultRun {
  private FaultRun() {}

  /**
   * Runs a scenario.
   *
   * @param scenario the scenario
   * @param ratePerSecond the offered load
   * @param warmup unrecorded time first
   * @param duration the recorded time (cut into 30 intervals)
   * @return what the fault did
   */
  public static FaultOutcome run(
      FaultScenario scenario, double ratePerSecond, Duration warmup, Duration duration) {
    Duration inject = duration.dividedBy(3);
    Duration clear = duration.multipliedBy(2).dividedBy(3);
    Harness.Builder b =
        Harness.measure(scenario.name())
            .flowCount(scenario.flowCount())
            .fixedRate(ratePerSecond)
            .warmup(warmup)
            .duration(duration)
            .interval(duration.dividedBy(30))
            .rounds(1)
            .at(inject, scenario::inject);
    if (!scenario.instant()) {
      b.at(clear, scenario::clear);
    }
    HarnessResult r = b.run(scenario.operation());
    double injectAt = inject.toNanos() / 1e9;
    double clearAt = scenario.instant() ? injectAt : clear.toNanos() / 1e9;
    return analyse(
        scenario.name(),
        scenario.fault(),
        ratePerSecond,
        injectAt,
        clearAt,
        scenario.instant(),
        r.timeline().get(0),
        scenario.dropped(),
        scenario.misrouted());
  }

  /**
   * Reads a timeline.
   *
   * @param name the scenario
   * @param fault what the fault was
   * @param rate the offered load
   * @param injectAt when the fault began, seconds
   * @param clearAt when it ended, seconds (= injectAt for an instant fault)
   * @param instant whether the fault was an instant event
   * @param timeline the intervals
   * @param dropped operations without a route or answer
   * @param misrouted packets on invalid routes
   * @return the outcome
   */
  static FaultOutcome analyse(
      String name,
      String fault,
      double rate,
      double injectAt,
      double clearAt,
      boolean instant,
      List<IntervalStats> timeline,
      long dropped,
      long misrouted) {
    double width =
        timeline.size() > 1 ? timeline.get(1).startSeconds() - timeline.get(0).startSeconds() : 1;
    List<IntervalStats> before = new ArrayList<>();
    List<IntervalStats> during = new ArrayList<>();
    List<IntervalStats> after = new ArrayList<>();
    double eps = 1e-9;
    for (IntervalStats i : timeline) {
      double start = i.startSeconds();
      double end = start + width;
      if (end <= injectAt + eps) {
        before.add(i);
      } else if (instant) {
        if (start >= injectAt - eps && start < injectAt + width - eps) {
          during.add(i); // the interval right after the event
        } else if (start >= injectAt + width - eps) {
          after.add(i);
        }
      } else if (start >= injectAt - eps && end <= clearAt + eps) {
        during.add(i);
      } else if (start >= clearAt - eps) {
        after.add(i);
      }
    }
    FaultOutcome.Window base = window(before);
    Double recovery = null;
    for (IntervalStats i : timeline) {
      if (i.startSeconds() + 1e-9 < clearAt || i.p99Micros() == null || base.p99Micros() == null) {
        continue;
      }
      if (i.p99Micros() <= 1.5 * base.p99Micros() + 50
          && i.throughputPerSecond() >= 0.9 * base.throughputPerSecond()) {
        recovery = Math.max(0, i.startSeconds() - clearAt);
        break;
      }
    }
    return new FaultOutcome(
        name,
        fault,
        rate,
        injectAt,
        clearAt,
        base,
        window(during),
        window(after),
        recovery,
        dropped,
        misrouted,
        timeline);
  }

  private static FaultOutcome.Window window(List<IntervalStats> intervals) {
    double[] throughput =
        intervals.stream().mapToDouble(IntervalStats::throughputPerSecond).toArray();
    double[] p99 =
        intervals.stream()
            .map(IntervalStats::p99Micros)
            .filter(java.util.Objects::nonNull)
            .mapToDouble(Double::doubleValue)
            .toArray();
    return new FaultOutcome.Window(
        intervals.size(),
        median(throughput),
        median(p99),
        p99.length == 0 ? null : Arrays.stream(p99).max().getAsDouble());
  }

  private static Double median(double[] v) {
    if (v.length == 0) {
      return null;
    }
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
