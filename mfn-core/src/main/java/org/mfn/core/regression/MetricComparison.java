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
 * @param ratioInterval Student-t interval of the ratio (see {@code test}), or null without data
 * @param worsePercent how much worse the new run is, percent, direction-aware (negative: better)
 * @param welchP two-sided p-value of Welch's t-test, or null
 * @param mannWhitneyP two-sided p-value of the Mann-Whitney U test, or null
 * @param testedP the p-value of "the change is within the threshold" (see {@code test}), before
 *     adjustment, or null
 * @param adjustedP {@code testedP} adjusted for the suite (Benjamini-Hochberg), or null
 * @param effectSize Hedges' g (new minus old, in pooled standard deviations), or null
 * @param forkAware true when the interval includes fork-to-fork variance; false when both runs have
 *     a single fork and the suite's run-to-run spread stands in for it
 * @param test how the interval was computed, in words
 * @param verdict the verdict
 * @param note why, in words
 * @param detectablePercent the smallest worsening, percent, that this data would call REGRESSED
 *     with 80% power; null without an interval
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
    String note,
    Double detectablePercent) {}
