package org.mfn.core.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.mfn.core.io.AtomicFiles;
import org.mfn.core.io.NonClosingOutputStream;
import org.mfn.core.result.BenchmarkResult;

/**
 * Writes and reads {@code results.json}.
 *
 * <p>Writing is atomic (temporary file, then rename). Reading checks the {@code schemaVersion}
 * field before binding, so a file of another version gets a clear message instead of a binding
 * error; unknown fields are ignored, so that additions within a version stay readable.
 */
public final class ResultsJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ResultsJson() {}

  /** Returns the configured mapper (indentation on, unknown properties ignored). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Writes a run result.
   *
   * @param result the result
   * @param file the file to (over)write
   * @throws IOException if it cannot be written; the file is then unchanged
   */
  public static void write(RunResult result, Path file) throws IOException {
    AtomicFiles.write(file, out -> MAPPER.writeValue(new NonClosingOutputStream(out), result));
  }

  /**
   * Reads a run result.
   *
   * @param file a {@code results.json}
   * @return the result
   * @throws ResultsFileException if the file is missing, unreadable, not JSON, of another schema
   *     version, or malformed, naming the file (and the line where JSON is malformed)
   */
  public static RunResult read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ResultsFileException("no such results file: " + file);
    } catch (IOException e) {
      throw new ResultsFileException("cannot read results file " + file + ": " + e.getMessage());
    }
    try {
      JsonNode root = MAPPER.readTree(text);
      if (root == null || !root.isObject()) {
        throw new ResultsFileException(
            file + " is not an MFN results file: expected a JSON object");
      }
      int version = root.path("schemaVersion").asInt(-1);
      if (version != RunResult.SCHEMA_VERSION) {
        throw new ResultsFileException(
            file
                + " has schema version "
                + (version < 0 ? "(none)" : version)
                + "; this MFN Bench reads version "
                + RunResult.SCHEMA_VERSION);
      }
      return checked(MAPPER.treeToValue(root, RunResult.class), file);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ResultsFileException(
          file
              + " is malformed"
              + (line > 0 ? " at line " + line : "")
              + ": "
              + e.getOriginalMessage());
    }
  }

  /**
   * Checks what binding cannot: the fields a reader of the results relies on are there, so that a
   * well-formed file of the wrong shape is refused naming the field instead of failing later.
   */
  private static RunResult checked(RunResult result, Path file) {
    if (result.benchmarks() == null) {
      throw new ResultsFileException(file + ": 'benchmarks' is missing or null; expected a list");
    }
    for (int i = 0; i < result.benchmarks().size(); i++) {
      BenchmarkResult b = result.benchmarks().get(i);
      String at = file + ": benchmarks[" + i + "]";
      if (b == null) {
        throw new ResultsFileException(at + " is null");
      }
      if (b.benchmark() == null || b.benchmark().isBlank()) {
        throw new ResultsFileException(at + ".benchmark is missing");
      }
      if (b.primary() == null) {
        throw new ResultsFileException(
            at + " (" + b.benchmark() + "): 'primary' is missing or null");
      }
      if (b.primary().unit() == null) {
        throw new ResultsFileException(at + " (" + b.benchmark() + "): 'primary.unit' is missing");
      }
      if (b.primary().samples() == null
          || b.primary().samples().stream().anyMatch(f -> f == null || f.contains(null))) {
        throw new ResultsFileException(
            at + " (" + b.benchmark() + "): 'primary.samples' must be lists of numbers");
      }
    }
    return result;
  }
}
