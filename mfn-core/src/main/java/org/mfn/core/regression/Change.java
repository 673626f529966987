package org.mfn.core.regression;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mfn.core.stats.ConfidenceInterval;

/**
 * The estimate of how one metric moved between two runs.
 *
 * @param oldMean mean in the old run (NaN when that run failed)
 * @param newMean mean in the new run (NaN when that run failed)
 * @param ratio {@code newMean / oldMean}
 * @param ratioInterval Student-t interval of the ratio (see {@link Significance#test}), or null
 *     without data
 * @param worsePercent how much worse the new run is, percent, direction-aware (negative: better;
 *     NaN when not computed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(
    double oldMean,
    double newMean,
    double ratio,
    ConfidenceInterval ratioInterval,
    double worsePercent) {}
