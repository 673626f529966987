package org.mfn.report;

import java.io.IOException;
import java.io.OutputStream;
import org.mfn.core.run.RunResult;

/** Renders a run's results into one report format. Implementations are stateless. */
@FunctionalInterface
public interface ReportRenderer {
  /**
   * Writes the report.
   *
   * @param result the run
   * @param out where the bytes go (not closed)
   * @throws IOException if writing fails
   */
  void render(RunResult result, OutputStream out) throws IOException;

  /**
   * Tells whether this report has anything to say about a run; a report without content is not
   * written (github-action-benchmark fails on a file with no entries).
   *
   * @param result the run
   * @return true by default
   */
  default boolean hasContent(RunResult result) {
    return true;
  }
}
