package org.mfn.runner.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.stats.SampleSummarizer;
import org.mfn.report.json.ResultsFileException;
import org.mfn.report.json.ResultsJson;
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
 */
public final class ResultsSource {
  private ResultsSource() {}

  /**
   * Reads a file's results.
   *
   * @param file the file
   * @param summarizer statistics for JMH files (MFN files carry their own)
   * @return the results
   * @throws MfnException (exit 2) if the file is missing, unreadable, not JSON, of another schema
   *     version or not a result file
   */
  public static List<BenchmarkResult> read(Path file, SampleSummarizer summarizer) {
    JsonNode root;
    try {
      root = ResultsJson.mapper().readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw bad("no such results file: " + file);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw bad(
          file
              + " is not valid JSON"
              + (line > 0 ? " (line " + line + ")" : "")
              + ": "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw bad("cannot read " + file + ": " + e.getMessage());
    }
    try {
      if (root != null && root.isArray()) {
        return new ResultAssembler(BenchmarkCatalog.load(), summarizer)
            .assembleKeepingFailures(JmhJsonReader.read(file));
      }
      return ResultsJson.read(file).benchmarks();
    } catch (ResultsFileException | JmhFormatException | IllegalArgumentException e) {
      throw bad(e.getMessage());
    }
  }

  private static MfnException bad(String message) {
    return new MfnException(ExitCodes.USAGE, message);
  }
}
