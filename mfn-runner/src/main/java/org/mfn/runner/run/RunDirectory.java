package org.mfn.runner.run;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;

/**
 * Creates {@code OUTPUT/<timestamp>/} for a run: UTC {@code yyyyMMdd-HHmmss}, with a {@code -2},
 * {@code -3}... suffix when two runs start in the same second.
 */
public final class RunDirectory {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private RunDirectory() {}

  /**
   * Creates the run directory (and the output directory if needed).
   *
   * @param output the output directory
   * @param start when the run starts
   * @return the new, empty run directory
   * @throws MfnException (exit 1) if the directory cannot be created or written
   */
  public static Path create(Path output, Instant start) {
    try {
      Files.createDirectories(output);
      if (!Files.isWritable(output)) {
        throw new IOException(
            Files.getFileStore(output).isReadOnly()
                ? "read-only file system"
                : "permission denied (not writable by this user)");
      }
      String base = STAMP.format(start);
      for (int attempt = 1; ; attempt++) {
        Path dir = output.resolve(attempt == 1 ? base : base + "-" + attempt);
        try {
          return Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
          // another run started in the same second: try the next suffix
        }
      }
    } catch (IOException e) {
      String reason =
          e instanceof FileAlreadyExistsException
              ? "a file of that name exists"
              : e instanceof FileSystemException f && f.getReason() != null
                  ? f.getReason()
                  : e.getMessage();
      throw new MfnException(
          ExitCodes.RUNTIME, "cannot create the run directory under " + output + ": " + reason, e);
    }
  }
}
