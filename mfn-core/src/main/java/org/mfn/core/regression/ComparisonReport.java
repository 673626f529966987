package org.mfn.core.regression;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two runs compared.
 *
 * @param settings how they were compared
 * @param comparisons every metric compared, in new-run order
 * @param suite how the scores moved as a whole, or null when too few scores were compared
 * @param onlyInOld benchmark identities present only in the old run (not compared)
 * @param onlyInNew benchmark identities present only in the new run (not compared)
 * @param correction how the significance of many comparisons was controlled, in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComparisonReport(
    ComparisonSettings settings,
    List<MetricComparison> comparisons,
    SuiteShift suite,
    List<String> onlyInOld,
    List<String> onlyInNew,
    String correction) {

  /** Returns the number of comparisons with a verdict. */
  public long count(ChangeVerdict verdict) {
    return comparisons.stream().filter(c -> c.verdict() == verdict).count();
  }

  /** Tells whether a benchmark failed (no finite score) in either run. */
  public boolean anyFailure() {
    return count(ChangeVerdict.FAILED) > 0;
  }

  /** Tells whether any metric, or the suite as a whole, regressed. */
  public boolean anyRegression() {
    return count(ChangeVerdict.REGRESSED) > 0
        || (suite != null && suite.verdict() == ChangeVerdict.REGRESSED);
  }

  /**
   * Names every regression: each regressed metric as {@code benchmark metric +x.xx% (why)}, then
   * the suite's shift and its most affected benchmarks when the suite as a whole regressed.
   *
   * @return one line per regression, empty when nothing regressed
   */
  public List<String> regressions() {
    List<String> lines = new ArrayList<>();
    for (MetricComparison c : comparisons) {
      if (c.verdict() == ChangeVerdict.FAILED) {
        lines.add(c.benchmark() + " FAILED (" + c.judgement().note() + ")");
      }
      if (c.verdict() == ChangeVerdict.REGRESSED) {
        lines.add(
            String.format(
                Locale.ROOT,
                "%s %s %+.2f%% (%s)",
                c.benchmark(),
                c.metric(),
                c.change().worsePercent(),
                c.judgement().note()));
      }
    }
    if (suite != null && suite.verdict() == ChangeVerdict.REGRESSED) {
      lines.add(
          String.format(
              Locale.ROOT,
              "the suite as a whole: typical score %+.2f%% worse over %d scores, Wilcoxon p %.3g;"
                  + " most affected: %s",
              suite.worsePercent(),
              suite.scores(),
              suite.p(),
              String.join(", ", suite.mostAffected())));
    }
    return lines;
  }

  /**
   * Tells whether the comparison could not decide: nothing compared, or a metric or the suite whose
   * interval neither lies within the threshold nor beyond it.
   */
  public boolean undecided() {
    return comparisons.isEmpty()
        || count(ChangeVerdict.INCONCLUSIVE) > 0
        || (suite != null && suite.verdict() == ChangeVerdict.INCONCLUSIVE);
  }

  /**
   * Says why the comparison could not decide, for the one line a user reads.
   *
   * @return the reason, or null when it decided
   */
  public String undecidedReason() {
    if (comparisons.isEmpty()) {
      return "nothing to compare: the two runs have no benchmark in common (same benchmark,"
          + " parameters, mode and threads)";
    }
    long inconclusive = count(ChangeVerdict.INCONCLUSIVE);
    if (inconclusive > 0) {
      return inconclusive
          + " of "
          + comparisons.size()
          + " metrics INCONCLUSIVE: their intervals reach past the threshold (more forks or"
          + " iterations narrow them; see each note for the change the data could detect)";
    }
    if (suite != null && suite.verdict() == ChangeVerdict.INCONCLUSIVE) {
      return "the suite's shift is INCONCLUSIVE: " + suite.note();
    }
    return null;
  }
}
