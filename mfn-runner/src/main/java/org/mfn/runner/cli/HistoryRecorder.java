package org.mfn.runner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.mfn.runner.history.HistoryException;
import org.mfn.runner.history.HistoryStore;
import org.mfn.runner.run.RunOutcome;

/**
 * Appends a finished run to the history database. A history that cannot be written is a warning,
 * not a failure: the run's own files are already written, and the database is left as it was.
 */
final class HistoryRecorder {
  private HistoryRecorder() {}

  /**
   * Opens a history database given on the command line before a run, so that a database that cannot
   * be reached, refuses the login or is too new is reported before minutes of benchmarks.
   *
   * @param url the JDBC URL
   * @param err where the one-line error goes
   * @return whether it opened (and was created or migrated)
   */
  static boolean canOpen(String url, PrintWriter err) {
    try {
      HistoryStore.open(url);
      return true;
    } catch (HistoryException e) {
      err.println(
          "mfn: "
              + e.getMessage()
              + "; nothing was run (exit 6; --no-history runs without a history)");
      err.flush();
      return false;
    }
  }

  /**
   * Records a run.
   *
   * @param outcome the run
   * @param output the output directory (the default database lives there)
   * @param url a JDBC URL, or null for the default
   * @param out where the confirmation goes
   * @param err where a warning goes
   * @return the run's id in the history, or null when it was not recorded
   */
  static Long record(
      RunOutcome outcome, Path output, String url, PrintWriter out, PrintWriter err) {
    try {
      HistoryStore store = url == null ? HistoryStore.inDirectory(output) : HistoryStore.open(url);
      long id = store.append(outcome.result(), outcome.directory().getFileName().toString());
      out.println("History: run " + id + " appended to " + store.name());
      out.flush();
      return id;
    } catch (HistoryException e) {
      err.println("mfn: warning: the run was not added to the history: " + e.getMessage());
      err.flush();
      return null;
    }
  }
}
