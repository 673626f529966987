package org.mfn.runner.run;

import java.io.PrintWriter;
import java.util.Locale;
import org.mfn.report.Numbers;
import org.mfn.runner.jmh.ProgressListener;

/**
 * Progress as plain log lines: one line when a benchmark starts (n of m, time left), one when it
 * ends (score and JMH's error); iteration lines only when verbose. Plain lines suit both a terminal
 * and a CI log.
 */
public final class ConsoleProgress implements ProgressListener {
  private final PrintWriter out;
  private final boolean verbose;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();

  /**
   * Creates the printer.
   *
   * @param out where lines go
   * @param verbose whether every iteration is printed
   */
  public ConsoleProgress(PrintWriter out, boolean verbose) {
    this(out, verbose, System.console() != null);
  }

  /**
   * Creates the printer.
   *
   * @param out where lines go
   * @param verbose whether every iteration is printed
   * @param terminal whether to draw the overall bar
   */
  public ConsoleProgress(PrintWriter out, boolean verbose, boolean terminal) {
    this.out = out;
    this.verbose = verbose;
    this.terminal = terminal;
  }

  /** Returns a 20-character bar of {@code done} out of {@code total}. */
  static String bar(int done, int total) {
    int filled = total == 0 ? 20 : (int) Math.round(20.0 * done / total);
    return "[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] ";
  }

  /**
   * Said once, before the first benchmark: what the progress lines show, against what the tables at
   * the end show, so that two intervals for one benchmark are never read as one.
   */
  static final String LEGEND =
      "Progress lines: JMH's score ± JMH's 99.9% error, as JMH prints them. The tables at the end"
          + " give 95% intervals (bootstrap over forks, then iterations), which judge the claims.";

  @Override
  public void benchmarkStarted(int index, int total, String label, double secondsLeft) {
    if (index == 1) {
      out.println(LEGEND);
    }
    double elapsed = (System.nanoTime() - startNanos) / 1e9;
    out.printf(
        Locale.ROOT,
        "%s[%d/%d] %s  (%s elapsed, about %s left)%n",
        terminal ? bar(index - 1, total) : "",
        index,
        total,
        label,
        duration(elapsed),
        duration(secondsLeft));
    out.flush();
  }

  @Override
  public void iterationEnded(boolean warmup, int iteration, double score, String unit) {
    if (verbose) {
      out.printf(
          Locale.ROOT,
          "        %s %d: %s %s%n",
          warmup ? "warm-up" : "iteration",
          iteration,
          Numbers.format(score),
          unit);
      out.flush();
    }
  }

  @Override
  public void benchmarkEnded(String label, double score, double error, String unit) {
    String err = Double.isFinite(error) ? " (± " + Numbers.format(error) + " at 99.9%, JMH)" : "";
    out.printf(Locale.ROOT, "        %s %s%s%n", Numbers.format(score), unit, err);
    out.flush();
  }

  /**
   * Formats seconds as {@code 1h 02m}, {@code 3m 05s} or {@code 42s}.
   *
   * @param seconds a duration in seconds
   * @return the text
   */
  public static String duration(double seconds) {
    long s = Math.max(0, Math.round(seconds));
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
    }
    return s >= 60 ? String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60) : s + "s";
  }
}
