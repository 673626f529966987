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
 * @param informational {@code true} when the row is reported for context and its verdict never
 *     counts as a failed claim ({@link Target#informational()}); null otherwise
 * @param workload the workload and definition under which the claim is measured, in words (the
 *     catalogue's); null in files written before it was recorded
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
    String note,
    Boolean informational,
    String workload) {

  /** A verdict on a claim (not informational). */
  public TargetVerdict(
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
      String note) {
    this(
        id, layer, claim, threshold, verdict, measured, interval, unit, benchmark, reference, note,
        null, null);
  }

  /** Normalises {@code informational} to true or null. */
  public TargetVerdict {
    informational = Boolean.TRUE.equals(informational) ? Boolean.TRUE : null;
  }

  /** Tells whether a FAIL here is a failed claim (the row is not informational). */
  public boolean judged() {
    return informational == null;
  }

  /** Tells whether this is a failed claim: FAIL on a judged row. */
  public boolean failedClaim() {
    return verdict == Verdict.FAIL && judged();
  }
}
