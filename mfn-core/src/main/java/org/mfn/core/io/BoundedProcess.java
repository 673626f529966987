package org.mfn.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a process to its end or to a deadline, whichever comes first, collecting its output (stdout
 * and stderr merged) on another thread, so that a process that never exits still meets the deadline
 * rather than blocking its reader forever. A process past its deadline is killed, with its
 * descendants.
 */
public final class BoundedProcess {
  private BoundedProcess() {}

  /**
   * What a process left.
   *
   * @param exitCode its exit code, or -1 if it was killed at the deadline
   * @param timedOut whether the deadline passed first
   * @param output stdout and stderr, merged, as UTF-8
   */
  public record Outcome(int exitCode, boolean timedOut, String output) {
    /** Tells whether it ended in time with exit code 0. */
    public boolean succeeded() {
      return !timedOut && exitCode == 0;
    }
  }

  /**
   * Starts a process and waits for it.
   *
   * @param builder the command (its error stream is merged into its output)
   * @param deadline the longest it may run
   * @return what it left
   * @throws IOException if it cannot start
   * @throws InterruptedException if this thread is interrupted while waiting (the process is
   *     killed)
   */
  public static Outcome run(ProcessBuilder builder, Duration deadline)
      throws IOException, InterruptedException {
    return run(builder, deadline, line -> {});
  }

  /**
   * Starts a process and waits for it, handing each line of its output to a listener as the line
   * arrives (on the reader thread), so that the caller can tell when something happened.
   *
   * @param builder the command (its error stream is merged into its output)
   * @param deadline the longest it may run
   * @param onLine called with each line, without its line terminator, as soon as it is read
   * @return what it left
   * @throws IOException if it cannot start
   * @throws InterruptedException if this thread is interrupted while waiting (the process is
   *     killed)
   */
  public static Outcome run(ProcessBuilder builder, Duration deadline, Consumer<String> onLine)
      throws IOException, InterruptedException {
    Process process = builder.redirectErrorStream(true).start();
    CompletableFuture<String> output =
        CompletableFuture.supplyAsync(() -> readLines(process.getInputStream(), onLine));
    try {
      if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
        kill(process);
        return new Outcome(-1, true, output.getNow(""));
      }
    } catch (InterruptedException e) {
      kill(process);
      throw e;
    }
    return new Outcome(process.exitValue(), false, output.join());
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static String readLines(InputStream in, Consumer<String> onLine) {
    StringBuilder all = new StringBuilder();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        onLine.accept(line);
        all.append(line).append('\n');
      }
      return all.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
