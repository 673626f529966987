package org.mfn.runner.history;

import java.nio.file.Path;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;

/**
 * A process that appends runs to a history, for the test of concurrent appenders: {@code AppendRuns
 * URL LABEL COUNT RESULTS_JSON} appends the results COUNT times, as directories {@code LABEL-0} to
 * {@code LABEL-(COUNT-1)}, with the login from its environment.
 */
public final class AppendRuns {
  private AppendRuns() {}

  /**
   * Appends the runs.
   *
   * @param args URL, label, count, results.json
   * @throws Exception if one append fails (the process then exits non-zero)
   */
  public static void main(String[] args) throws Exception {
    RunResult result = ResultsJson.read(Path.of(args[3]));
    HistoryStore store = HistoryStore.open(args[0]);
    int count = Integer.parseInt(args[2]);
    for (int i = 0; i < count; i++) {
      store.append(result, args[1] + "-" + i);
    }
  }
}
