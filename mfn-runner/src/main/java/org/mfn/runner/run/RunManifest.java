package org.mfn.runner.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.mfn.core.io.AtomicFiles;
import org.mfn.core.run.ResultsJson;

/**
 * {@code manifest.json}: the files a run wrote into its directory, each with its size in bytes and
 * SHA-256, written last so that {@code check} knows which files belong to the run and can tell a
 * deleted, truncated or appended-to file from a valid one. Hidden files (temporaries) and the
 * manifest itself are not listed. Stateless.
 */
public final class RunManifest {
  /** The manifest's file name in a run directory. */
  public static final String FILE_NAME = "manifest.json";

  private RunManifest() {}

  /**
   * One file of a run.
   *
   * @param bytes size in bytes
   * @param sha256 lower-case hex SHA-256 of the content
   */
  public record Entry(long bytes, String sha256) {}

  /**
   * Lists the run directory's files, atomically replacing any earlier manifest.
   *
   * @param runDirectory the run directory
   * @return the entries written, by file name
   * @throws IOException if a file cannot be read or the manifest cannot be written
   */
  public static Map<String, Entry> write(Path runDirectory) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(runDirectory)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && !name.startsWith(".") && !name.equals(FILE_NAME)) {
          entries.put(name, entryOf(file));
        }
      }
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("files", entries);
    AtomicFiles.writeString(
        runDirectory.resolve(FILE_NAME),
        ResultsJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
    return entries;
  }

  /**
   * Reads a run directory's manifest.
   *
   * @param runDirectory the run directory
   * @return the entries by file name
   * @throws IOException if the manifest is missing, not JSON, or of the wrong shape (the message
   *     says which)
   */
  public static Map<String, Entry> read(Path runDirectory) throws IOException {
    Path file = runDirectory.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new IOException(FILE_NAME + " is missing (the run did not finish writing its files)");
    }
    JsonNode files;
    try {
      files = ResultsJson.mapper().readTree(file.toFile()).path("files");
    } catch (IOException e) {
      throw new IOException(FILE_NAME + " is not JSON: " + firstLine(e.getMessage()), e);
    }
    if (!files.isObject()) {
      throw new IOException(FILE_NAME + " has no \"files\" object");
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : files.properties()) {
      JsonNode bytes = e.getValue().path("bytes");
      JsonNode sha = e.getValue().path("sha256");
      if (!bytes.canConvertToLong() || !sha.isTextual()) {
        throw new IOException(FILE_NAME + ": entry " + e.getKey() + " lacks bytes or sha256");
      }
      entries.put(e.getKey(), new Entry(bytes.asLong(), sha.asText()));
    }
    return entries;
  }

  /**
   * Measures one file.
   *
   * @param file a regular file
   * @return its size and SHA-256
   * @throws IOException if it cannot be read
   */
  public static Entry entryOf(Path file) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    long bytes = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
        bytes += n;
      }
    }
    return new Entry(bytes, HexFormat.of().formatHex(sha.digest()));
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
