package org.mfn.runner.history;

/**
 * One claim's verdict in one run.
 *
 * @param target the claim's id
 * @param layer its layer
 * @param claim its wording
 * @param threshold the threshold as text
 * @param verdict PASS, FAIL, INCONCLUSIVE or NOT_MEASURED
 * @param measured the measured value in {@code unit}, or null
 * @param unit the claim's unit
 * @param informational whether the row is reported for information only
 */
public record HistoryVerdict(
    String target,
    String layer,
    String claim,
    String threshold,
    String verdict,
    Double measured,
    String unit,
    boolean informational) {}
