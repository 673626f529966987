package org.mfn.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a fault did to a system measured under a fixed load (the integration's fault scenarios):
 * recorded in results.json and shown by the reports as a table and a timeline.
 *
 * @param scenario the scenario's name
 * @param fault what the fault was
 * @param offeredPerSecond the fixed load offered, operations per second
 * @param injectedAtSeconds when the fault began, seconds into the recorded period
 * @param clearedAtSeconds when it ended (for an instant fault, when it happened)
 * @param before the intervals before the fault: median throughput and p99
 * @param during the intervals while it lasted (for an instant fault: the first interval after it)
 * @param after the intervals after it ended
 * @param recoverySeconds from the fault's end to the start of the first interval whose p99 is back
 *     within 1.5 times (plus 50 us) the p99 before, and whose throughput is at least 90% of it; NaN
 *     when it never recovered in the run
 * @param dropped operations that got no route or no answer
 * @param misrouted packets forwarded on a route not valid at that moment
 * @param timeline every interval of the recorded period
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FaultOutcome(
    String scenario,
    String fault,
    double offeredPerSecond,
    double injectedAtSeconds,
    double clearedAtSeconds,
    Window before,
    Window during,
    Window after,
    Double recoverySeconds,
    long dropped,
    long misrouted,
    List<IntervalStats> timeline) {

  /**
   * Throughput and latency over a window of intervals.
   *
   * @param intervals how many
   * @param throughputPerSecond the median of their throughputs (null for no interval)
   * @param p99Micros the median of their p99s, microseconds (null when none had operations)
   * @param worstP99Micros the largest of their p99s (null when none had operations)
   */
  public record Window(
      int intervals, Double throughputPerSecond, Double p99Micros, Double worstP99Micros) {}

  /** Copies the timeline. */
  public FaultOutcome {
    timeline = List.copyOf(timeline);
  }
}
