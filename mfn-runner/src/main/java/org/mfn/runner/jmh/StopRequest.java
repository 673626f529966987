package org.mfn.runner.jmh;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ctrl-C (SIGINT) during a run: the first asks the run to stop after the current iteration (the
 * benchmark's fork is ended when its next iteration would start, or at once by the terminal's own
 * SIGINT), so that the results and reports of every benchmark and parameter set that finished are
 * written and the one in progress is dropped; the second stops the process at once (exit 130).
 * Files are written atomically, so stopping at any moment leaves no partial file. Uses {@code
 * sun.misc.Signal} (module jdk.unsupported); where it is unavailable, Ctrl-C keeps the JVM's
 * default behaviour.
 */
public final class StopRequest {
  /** The exit code of an interrupted run (128 + SIGINT). */
  public static final int EXIT_INTERRUPTED = 130;

  private final AtomicInteger signals = new AtomicInteger();

  /**
   * Installs the handler.
   *
   * @param out where the notice goes
   * @return the request, to be polled between benchmarks
   */
  public static StopRequest install(PrintWriter out) {
    StopRequest request = new StopRequest();
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> request.signalled(out));
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
      Runtime.getRuntime().halt(EXIT_INTERRUPTED);
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
