package org.mfn.runner.cli;

import org.mfn.core.regression.ComparisonSettings;
import org.mfn.core.stats.HierarchicalBootstrap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of every command that compares two runs ({@code compare}, and a run with {@code
 * --regression-check}), declared once and mixed into each.
 */
public final class ComparisonOptions {
  @Option(
      names = "--threshold",
      paramLabel = "PCT",
      defaultValue = "5",
      description = "Smallest change a comparison counts, percent (default: ${DEFAULT-VALUE}).")
  private double threshold;

  @Option(
      names = "--confidence",
      paramLabel = "LEVEL",
      defaultValue = "0.95",
      description =
          "Confidence level of the intervals, in (0.5, 1); 1 - LEVEL is a comparison's"
              + " false-discovery rate (default: ${DEFAULT-VALUE}).")
  private double confidence;

  @Option(
      names = "--accept-inconclusive",
      description =
          "Exit 0, not 5, when a comparison could not decide some metric, for a CI that wants"
              + " only hard failures (regressions are still exit 3).")
  private boolean acceptInconclusive;

  /** Returns the threshold, percent. */
  public double threshold() {
    return threshold;
  }

  /** Returns the confidence level. */
  public double confidence() {
    return confidence;
  }

  /** Whether an undecided comparison exits 0. */
  public boolean acceptInconclusive() {
    return acceptInconclusive;
  }

  /**
   * Returns the comparison's settings, or a usage error naming the bad value.
   *
   * @param spec the command, for the error
   * @param level the confidence level to use
   * @return the settings
   */
  ComparisonSettings settings(CommandSpec spec, double level) {
    try {
      return new ComparisonSettings(threshold, level, HierarchicalBootstrap.DEFAULT_RESAMPLES);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
