package org.mfn.core.regression;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mfn.core.stats.ConfidenceInterval;

/**
 * One metric of one benchmark, old run against new.
 *
 * @param benchmark the result's identity (name and parameters)
 * @param metric {@code score} or a secondary metric such as {@code gc.alloc.rate.norm}
 * @param unit the unit
 * @param lowerIsBetter the direction, from the unit
 * @param oldMean mean in the old run
 * @param newMean mean in the new run
 * @param ratio {@code newMean / oldMean}
 * @param ratioInterval hierarchical-bootstrap interval of the ratio, or null without data
 * @param worsePercent how much worse the new run is, percent, direction-aware (negative: better)
 * @param welchP two-sided p-value of Welch's t-test, or null
 * @param mannWhitneyP two-sided p-value of the Mann-Whitney U test, or null
 * @param testedP the p-value the verdict rests on (see {@code test}), before adjustment, or null
 * @param adjustedP {@code testedP} adjusted for the suite (Benjamini-Hochberg), or null
 * @param effectSize Hedges' g (new minus old, in pooled standard deviations), or null
 * @param forkAware true when the tests compare fork means (both runs have two or more forks); false
 *     when they compare iterations of single forks, which cannot see fork-to-fork variance
 * @param verdict the verdict
 * @param note why, in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricComparison(
    String benchmark,
    String metric,
    String unit,
    boolean lowerIsBetter,
    double oldMean,
    double newMean,
    double ratio,
    ConfidenceInterval ratioInterval,
    double worsePercent,
    Double welchP,
    Double mannWhitneyP,
    Double testedP,
    Double adjustedP,
    Double effectSize,
    boolean forkAware,
    String test,
    ChangeVerdict verdict,
    String note) {

  /** Returns a copy with the p-value the verdict rests on and how it was computed. */
  MetricComparison withTest(Double p, String how) {
    return new MetricComparison(
        benchmark,
        metric,
        unit,
        lowerIsBetter,
        oldMean,
        newMean,
        ratio,
        ratioInterval,
        worsePercent,
        welchP,
        mannWhitneyP,
        p,
        adjustedP,
        effectSize,
        forkAware,
        how,
        verdict,
        note);
  }

  /** Returns a copy with the adjusted p-value and the verdict it leads to. */
  MetricComparison withVerdict(Double adjusted, ChangeVerdict newVerdict, String newNote) {
    return new MetricComparison(
        benchmark,
        metric,
        unit,
        lowerIsBetter,
        oldMean,
        newMean,
        ratio,
        ratioInterval,
        worsePercent,
        welchP,
        mannWhitneyP,
        testedP,
        adjusted,
        effectSize,
        forkAware,
        test,
        newVerdict,
        newNote);
  }
}
