package org.mfn.runner.cli;

import java.nio.file.Path;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;
import org.mfn.runner.history.HistoryException;
import org.mfn.runner.history.HistoryStore;
import picocli.CommandLine.Option;

/** Which history database a {@code history} command reads: an output directory's, or a URL. */
public final class HistorySource {
  @Option(
      names = "--output",
      paramLabel = "DIR",
      defaultValue = "mfn-results",
      description =
          "Output directory whose history.db (and named baselines) are used (default:"
              + " ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--history-url",
      paramLabel = "JDBC_URL",
      description =
          "History database instead (jdbc:sqlite:FILE, or jdbc:postgresql://HOST:PORT/DB with"
              + " MFN_HISTORY_USER and MFN_HISTORY_PASSWORD).")
  String historyUrl;

  /**
   * Opens the database.
   *
   * @return the store
   * @throws MfnException (exit 1) in one line if it cannot be used
   */
  HistoryStore open() {
    try {
      return historyUrl == null ? HistoryStore.inDirectory(output) : HistoryStore.open(historyUrl);
    } catch (HistoryException e) {
      throw new MfnException(ExitCodes.RUNTIME, e.getMessage(), e);
    }
  }
}
