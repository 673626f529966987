package org.mfn.runner.history;

import java.util.List;

/**
 * One run with its results and verdicts.
 *
 * @param run the run
 * @param results every benchmark result
 * @param verdicts every claim's verdict
 */
public record HistoryRunDetail(
    HistoryRun run, List<HistoryPoint> results, List<HistoryVerdict> verdicts) {
  /** Copies the lists. */
  public HistoryRunDetail {
    results = List.copyOf(results);
    verdicts = List.copyOf(verdicts);
  }
}
