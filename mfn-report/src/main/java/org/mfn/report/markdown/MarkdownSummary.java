package org.mfn.report.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.mfn.core.regression.ChangeVerdict;
import org.mfn.core.regression.MetricComparison;
import org.mfn.core.result.FaultOutcome;
import org.mfn.core.result.MachineCheck;
import org.mfn.core.run.RunResult;
import org.mfn.core.target.TargetVerdict;
import org.mfn.core.target.Verdict;
import org.mfn.report.FaultRows;
import org.mfn.report.Numbers;
import org.mfn.report.ReportRenderer;
import org.mfn.report.ReportRows;

/**
 * {@code summary.md}: a verdict count, the claims table (measured claims first), and the
 * regressions and improvements of a baseline comparison. Names, claims and units from the input
 * files are shown as code spans (see {@link #cell}), so they cannot break the table or become
 * links, images or HTML.
 */
public final class MarkdownSummary implements ReportRenderer {

  @Override
  public void render(RunResult result, OutputStream out) throws IOException {
    StringBuilder md = new StringBuilder("# MFN Bench summary\n\n");
    md.append(result.benchmarks().size())
        .append(" benchmarks. ")
        .append(ReportRows.verdictLine(result.targets()))
        .append("\n\n");
    if (result.environment() != null && result.environment().machineChecks() != null) {
      List<MachineCheck> warnings =
          result.environment().machineChecks().stream()
              .filter(c -> c.status() == MachineCheck.Status.WARNING)
              .toList();
      if (!warnings.isEmpty()) {
        md.append("Machine warnings before the run:\n\n");
        warnings.forEach(w -> md.append("- ").append(inlineCode(w.describe())).append('\n'));
        md.append('\n');
      }
    }
    if (result.settings() != null && result.settings().network() != null) {
      md.append("Network benchmarks ran on ")
          .append(cell(result.settings().network()))
          .append(".\n\n");
    }
    md.append("| claim | target | measured | 95% CI | verdict |\n|---|---|---|---|---|\n");
    ReportRows.measuredFirst(result.targets())
        .forEach(
            t ->
                md.append(
                    row(
                        cell(t.id() + ": " + t.claim()),
                        cell(t.threshold()),
                        measured(t),
                        Numbers.interval(t.interval()),
                        "**" + t.verdict() + "**")));
    List<TargetVerdict> defined =
        ReportRows.measuredFirst(result.targets()).stream()
            .filter(t -> t.verdict() != Verdict.NOT_MEASURED && t.workload() != null)
            .toList();
    if (!defined.isEmpty()) {
      md.append("\n## How each measured claim was measured\n\n");
      defined.forEach(
          t ->
              md.append("- ")
                  .append(inlineCode(t.id()))
                  .append(": ")
                  .append(inlineCode(t.workload()))
                  .append('\n'));
    }
    if (!result.faults().isEmpty()) {
      md.append("\n## Under faults\n\n")
          .append("| scenario | fault | when | p99 before | worst p99 during | p99 after |")
          .append(" throughput before / during | recovery | dropped | misrouted |\n")
          .append("|---|---|---|---|---|---|---|---|---|---|\n");
      for (FaultOutcome o : result.faults()) {
        md.append(
            row(
                cell(o.scenario()),
                cell(o.fault()),
                FaultRows.window(o),
                FaultRows.micros(o.before().p99Micros()),
                FaultRows.micros(o.during().worstP99Micros()),
                FaultRows.micros(o.after().p99Micros()),
                FaultRows.rate(o.before().throughputPerSecond())
                    + " / "
                    + FaultRows.rate(o.during().throughputPerSecond()),
                FaultRows.recovery(o),
                Long.toString(o.dropped()),
                Long.toString(o.misrouted())));
      }
    }
    if (result.comparison() != null) {
      md.append("\n## Against the baseline\n\n");
      md.append("| benchmark | metric | change | adjusted p | verdict |\n|---|---|---|---|---|\n");
      for (MetricComparison c : result.comparison().comparisons()) {
        if (c.verdict() != ChangeVerdict.UNCHANGED) {
          md.append(
              row(
                  cell(
                      ReportRows.shortName(c.benchmark().replaceAll("\\{.*", ""))
                          + " "
                          + c.benchmark().replaceAll("^[^{]*", "")),
                  cell(c.metric()),
                  Double.isNaN(c.change().worsePercent())
                      ? "-"
                      : String.format(Locale.ROOT, "%+.2f%%", c.change().worsePercent()),
                  c.significance().adjustedP() == null
                      ? "-"
                      : Numbers.format(c.significance().adjustedP()),
                  "**" + c.verdict() + "**"));
        }
      }
      if (result.comparison().suite() != null) {
        md.append("\nSuite as a whole: **")
            .append(result.comparison().suite().verdict())
            .append("**: ")
            .append(prose(result.comparison().suite().summary()))
            .append(".\n");
      }
      md.append(
          String.format(
              Locale.ROOT,
              "%nRegressed: %d, improved: %d, unchanged: %d, inconclusive: %d, not judged: %d.%n",
              result.comparison().count(ChangeVerdict.REGRESSED),
              result.comparison().count(ChangeVerdict.IMPROVED),
              result.comparison().count(ChangeVerdict.UNCHANGED),
              result.comparison().count(ChangeVerdict.INCONCLUSIVE),
              result.comparison().count(ChangeVerdict.NOT_JUDGED)));
    }
    out.write(md.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String measured(TargetVerdict t) {
    return t.measured() == null ? "-" : Numbers.format(t.measured()) + " " + cell(t.unit());
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  /** A code span outside a table: as {@link #cell} without escaping {@code |}. */
  static String inlineCode(String text) {
    return text == null || text.isEmpty() ? "-" : codeSpan(text, false);
  }

  /**
   * Shows text from a results or targets file literally in a table cell: as a code span, so that no
   * link, image, autolink, emphasis or HTML in a name can take effect, with a fence longer than any
   * backtick run inside, and pipes escaped (GFM tables split cells on unescaped pipes even inside
   * code spans). Line breaks become spaces.
   */
  static String cell(String text) {
    return text == null ? "-" : codeSpan(text, true);
  }

  private static String codeSpan(String text, boolean inTable) {
    String flat = text.replace("\r", " ").replace("\n", " ");
    if (flat.isEmpty()) {
      return "";
    }
    String fence = "`".repeat(longestBacktickRun(flat) + 1);
    boolean pad =
        flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") && flat.endsWith(" ");
    String inner = pad ? " " + flat + " " : flat;
    return fence + (inTable ? inner.replace("|", "\\|") : inner) + fence;
  }

  /**
   * Backslash-escapes every ASCII punctuation character of a sentence; line breaks become spaces.
   */
  static String prose(String text) {
    if (text == null) {
      return "-";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        out.append(' ');
      } else {
        if ("\\`*_[]<>!|~&".indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int longestBacktickRun(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
