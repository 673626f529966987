package org.mfn.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files atomically: the content goes to a temporary file in the same directory, is forced to
 * disk, and is then renamed over the target, so a reader sees the old file or the whole new one,
 * never a part. The file gets the permissions the process's umask gives any new file (a temporary
 * file from {@code Files.createTempFile} would be 0600 whatever the umask). Thread-safe for
 * distinct targets.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes bytes into a stream; may throw {@link IOException}. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the stream (do not close it)
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a string as UTF-8.
   *
   * @param target the file to write
   * @param text its content
   * @throws IOException if the file cannot be written (the target is then unchanged)
   */
  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Writes content produced by a callback.
   *
   * @param target the file to write
   * @param content writes the bytes
   * @throws IOException if the file cannot be written (the target is then unchanged)
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = createTemporary(dir, "." + absolute.getFileName());
    try {
      try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** A new empty file with a random name, created as any file is (the umask applies). */
  private static Path createTemporary(Path dir, String prefix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path candidate =
          dir.resolve(
              prefix + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException taken) {
        if (attempt == 100) {
          throw taken;
        }
      }
    }
  }
}
