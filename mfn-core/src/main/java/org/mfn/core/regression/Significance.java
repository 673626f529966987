package org.mfn.core.regression;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The tests behind a verdict: p-values (each null where it was not computed) and how the interval
 * was made.
 *
 * @param welchP two-sided p-value of Welch's t-test, or null
 * @param mannWhitneyP two-sided p-value of the Mann-Whitney U test, or null
 * @param testedP the p-value of "the change is within the threshold" (see {@code test}), before
 *     adjustment, or null
 * @param adjustedP {@code testedP} adjusted for the suite (Benjamini-Hochberg), or null
 * @param effectSize Hedges' g (new minus old, in pooled standard deviations), or null
 * @param forkAware true when the interval includes fork-to-fork variance; false when both runs have
 *     a single fork and the suite's run-to-run spread stands in for it
 * @param test how the interval was computed, in words, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Significance(
    Double welchP,
    Double mannWhitneyP,
    Double testedP,
    Double adjustedP,
    Double effectSize,
    boolean forkAware,
    String test) {
  /** Nothing was tested (a failed benchmark, or a comparison made without samples). */
  public static final Significance NONE =
      new Significance(null, null, null, null, null, false, null);
}
