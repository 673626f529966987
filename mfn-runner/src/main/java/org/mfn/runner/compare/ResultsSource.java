package org.mfn.runner.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.run.ResultsFileException;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.stats.SampleSummarizer;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;
import org.mfn.runner.jmh.JmhFormatException;
import org.mfn.runner.jmh.JmhJsonReader;
import org.mfn.runner.jmh.ResultAssembler;
import org.mfn.runner.plan.BenchmarkCatalog;

/**
 * Reads benchmark results from either an MFN {@code results.json} (a JSON object with a {@code
 * schemaVersion}) or a JMH JSON result file (a JSON array, from any JMH 1.19+ run). Any problem
 * with the file is a {@link MfnException} with exit code 2 naming the file.
 *
 * <p>Bounded cost: a file is read once (its kind told by its first character), JMH arrays are
 * streamed one benchmark at a time, and a file larger than {@value #MAX_FILE_MIB} MiB is refused
 * before it is read. Statistics are left to the caller: a comparison uses the samples only.
 */
public final class ResultsSource {
  /** The largest result file read, MiB. */
  public static final long MAX_FILE_MIB = 512;

  private ResultsSource() {}

  /**
   * Reads a file's results.
   *
   * @param file the file
   * @param summarizer statistics for JMH files (MFN files carry their own), or null for none
   * @return the results; a JMH benchmark without a finite score is kept with no samples (FAILED)
   * @throws MfnException (exit 2) if the file is missing, too large, unreadable, not JSON, of
   *     another schema version or not a result file
   */
  public static List<BenchmarkResult> read(Path file, SampleSummarizer summarizer) {
    int first;
    try {
      long bytes = Files.size(file);
      if (bytes > MAX_FILE_MIB << 20) {
        throw bad(
            file
                + " is "
                + (bytes >> 20)
                + " MiB, larger than the "
                + MAX_FILE_MIB
                + " MiB a result file may be");
      }
      first = firstCharacter(file);
    } catch (NoSuchFileException e) {
      throw bad("no such results file: " + file);
    } catch (IOException e) {
      throw bad("cannot read " + file + ": " + e.getMessage());
    }
    try {
      if (first == '[') {
        return new ResultAssembler(BenchmarkCatalog.load(), summarizer)
            .assembleKeepingFailures(JmhJsonReader.read(file));
      }
      return ResultsJson.read(file).benchmarks();
    } catch (ResultsFileException | JmhFormatException | IllegalArgumentException e) {
      throw bad(e.getMessage());
    }
  }

  /** The first character that is not white space, or -1 for an empty file. */
  private static int firstCharacter(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      int c;
      do {
        c = in.read();
      } while (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xEF || c == 0xBB
          || c == 0xBF);
      return c;
    }
  }

  private static MfnException bad(String message) {
    return new MfnException(ExitCodes.USAGE, message);
  }
}
