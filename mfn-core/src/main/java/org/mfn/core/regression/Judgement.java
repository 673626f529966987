package org.mfn.core.regression;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The verdict on one metric and why.
 *
 * @param verdict the verdict
 * @param note why, in words, or null
 * @param detectablePercent the smallest worsening, percent, that this data would call REGRESSED
 *     with 80% power; null without an interval
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Judgement(ChangeVerdict verdict, String note, Double detectablePercent) {}
