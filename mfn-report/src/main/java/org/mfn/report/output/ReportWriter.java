package org.mfn.report.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.mfn.core.io.AtomicFiles;
import org.mfn.core.run.RunResult;

/** Writes report files into a directory, each atomically (temporary file, then rename). */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * Writes the given formats.
   *
   * @param result the run
   * @param directory the target directory (exists)
   * @param formats the formats
   * @return the files written, in format order (a format with nothing to report is skipped)
   * @throws IOException if a file cannot be written (files already written stay whole)
   */
  public static List<Path> write(RunResult result, Path directory, Collection<ReportFormat> formats)
      throws IOException {
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : formats) {
      if (!format.renderer().hasContent(result)) {
        continue; // e.g. no higher-is-better result for github-action-benchmark's bigger file
      }
      Path file = directory.resolve(format.fileName());
      AtomicFiles.write(file, out -> format.renderer().render(result, out));
      written.add(file);
    }
    return written;
  }
}
