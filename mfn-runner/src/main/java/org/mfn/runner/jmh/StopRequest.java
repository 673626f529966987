package org.mfn.runner.jmh;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Ctrl-C (SIGINT) during a run: the first asks the run to stop after the current iteration (the
 * benchmark's fork is ended when its next iteration would start, or at once by the terminal's own
 * SIGINT), so that the results and reports of every benchmark and parameter set that finished are
 * written and the one in progress is dropped; the second stops the process at once (exit 130),
 * after removing the run directory's half-written temporary files and saying what the directory
 * keeps, or removes it when empty (no results or reports are written then). Files are written
 * atomically, so stopping at any moment leaves no partial file. Uses {@code sun.misc.Signal}
 * (module jdk.unsupported); where it is unavailable, Ctrl-C keeps the JVM's default behaviour.
 */
public final class StopRequest {
  /** The exit code of an interrupted run (128 + SIGINT). */
  public static final int EXIT_INTERRUPTED = 130;

  private final AtomicInteger signals = new AtomicInteger();
  private volatile Path runDirectory;

  /**
   * Installs the handler.
   *
   * @param out where the notice goes
   * @return the request, to be polled between benchmarks
   */
  public static StopRequest install(PrintWriter out) {
    StopRequest request = new StopRequest();
    try {
      sun.misc.SignalHandler previous =
          sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> request.signalled(out));
      if (previous == sun.misc.SignalHandler.SIG_IGN) {
        // Started with SIGINT ignored (a background job of a non-interactive shell): the JVM
        // keeps it ignored, so Ctrl-C cannot reach the run. Say so rather than seem to hang.
        out.println(
            "note: this process ignores SIGINT (it was started in the background), so Ctrl-C"
                + " cannot stop the run; SIGTERM ends it without results");
      }
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // no SIGINT on this platform: the default behaviour stays
    }
    return request;
  }

  /** A request that is never signalled (tests, embedding). */
  public static StopRequest never() {
    return new StopRequest();
  }

  private void signalled(PrintWriter out) {
    if (signals.incrementAndGet() == 1) {
      out.println();
      out.println(
          "Interrupted: stopping after the current iteration. The benchmarks that finished are"
              + " written; the one in progress is dropped. Press Ctrl-C again to stop at once.");
      out.flush();
    } else {
      out.println();
      out.println(stoppedAtOnce(runDirectory));
      out.flush();
      Runtime.getRuntime().halt(EXIT_INTERRUPTED);
    }
  }

  /**
   * Names the directory the run writes into, so that a second Ctrl-C can say what it keeps.
   *
   * @param directory the run directory
   */
  public void writingInto(Path directory) {
    this.runDirectory = directory;
  }

  /**
   * Asks the run to stop at its next check, as a first Ctrl-C does, without the message (for a
   * caller that stops a run itself, and for tests).
   */
  public void requestStop() {
    signals.compareAndSet(0, 1);
  }

  /**
   * Removes the half-written temporary files of a run directory and describes what it keeps.
   *
   * @param directory the run directory, or null if none was created yet
   * @return one line for the console
   */
  static String stoppedAtOnce(Path directory) {
    String head = "Stopped at once: no results or reports were written for this run";
    if (directory == null || !Files.isDirectory(directory)) {
      return head + ".";
    }
    List<String> kept;
    try (Stream<Path> files = Files.list(directory)) {
      kept =
          files
              .filter(f -> !removedIfTemporary(f))
              .map(f -> f.getFileName().toString())
              .sorted()
              .toList();
    } catch (IOException e) {
      return head + "; " + directory + " could not be listed: " + e.getMessage() + ".";
    }
    if (kept.isEmpty() && removedIfEmpty(directory)) {
      return head + "; the empty run directory " + directory + " was removed.";
    }
    return head + "; " + directory + " keeps " + String.join(", ", kept) + ".";
  }

  private static boolean removedIfEmpty(Path directory) {
    try {
      return Files.deleteIfExists(directory);
    } catch (IOException e) {
      return false; // not empty after all, or not ours to remove
    }
  }

  private static boolean removedIfTemporary(Path file) {
    String name = file.getFileName().toString();
    if (!(name.startsWith(".") && name.endsWith(".tmp"))) {
      return false;
    }
    try {
      return Files.deleteIfExists(file);
    } catch (IOException e) {
      return false;
    }
  }

  /** Ends the forked benchmark JVMs, if a stop was asked for. */
  void abandonForksIfRequested() {
    if (requested()) {
      abandonForks();
    }
  }

  private static void abandonForks() {
    ProcessHandle.current().children().forEach(ProcessHandle::destroy);
  }

  /** Tells whether a stop was asked for. */
  public boolean requested() {
    return signals.get() > 0;
  }
}
