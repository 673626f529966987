package org.mfn.runner.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mfn.report.output.ReportFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Turns {@code --format} values into report formats; an unknown name is a usage error. */
final class ReportFormats {
  private ReportFormats() {}

  /**
   * Resolves names.
   *
   * @param spec the command, for the usage error
   * @param names the names given, or empty for every format
   * @return the formats, in the order of {@link ReportFormat}
   */
  static List<ReportFormat> resolve(CommandSpec spec, List<String> names) {
    if (names.isEmpty()) {
      return Arrays.asList(ReportFormat.values());
    }
    Set<ReportFormat> chosen = new LinkedHashSet<>();
    for (String name : names) {
      try {
        chosen.addAll(ReportFormat.byName(name));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    List<ReportFormat> ordered = new ArrayList<>(Arrays.asList(ReportFormat.values()));
    ordered.retainAll(chosen);
    return ordered;
  }
}
