package org.mfn.core.target;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mfn.core.model.Layer;
import org.mfn.core.stats.ConfidenceInterval;

/**
 * The verdict on one claim with the measured value behind it.
 *
 * @param id the claim's id
 * @param layer its layer
 * @param claim its wording
 * @param threshold the threshold as text, e.g. {@code < 0.1 ms}
 * @param verdict PASS, FAIL, INCONCLUSIVE or NOT_MEASURED
 * @param measured the measured value in the claim's unit, or null when not measured
 * @param interval its confidence interval in the claim's unit, or null
 * @param unit the claim's unit
 * @param benchmark id of the result that measured it, or the benchmark name when not measured
 * @param reference id of the reference result of a relative claim, or null
 * @param note why the verdict is what it is, in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetVerdict(
    String id,
    Layer layer,
    String claim,
    String threshold,
    Verdict verdict,
    Double measured,
    ConfidenceInterval interval,
    String unit,
    String benchmark,
    String reference,
    String note) {}
