package org.mfn.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.mfn.core.model.Role;
import org.mfn.core.stats.ConfidenceInterval;

/**
 * MFN against another implementation of the same subject under the same parameters.
 *
 * <p>{@code speedup} is how many times better MFN is, direction-aware: baseline time / MFN time for
 * time-per-operation units (and baseline size / MFN size for bytes), MFN rate / baseline rate for
 * throughput units; above 1 means MFN is better. {@code reductionPercent} is {@code (1 - 1 /
 * speedup) * 100}: the share of the other's latency (or size) that MFN removes (the form of the
 * "88.6% latency reduction" claim).
 *
 * @param subject the subject both measure
 * @param params the shared parameters
 * @param mfn id of the MFN result
 * @param other id of the baseline or peer result
 * @param otherRole BASELINE or PEER
 * @param metric the metric set side by side: null for the primary score, else the name of a
 *     secondary metric both report (e.g. {@code perFlowBytes}); the direction comes from its unit
 * @param speedup point estimate (ratio of means)
 * @param speedupInterval bootstrap interval of the speedup, or null with too few samples
 * @param reductionPercent point estimate of the reduction, percent
 * @param reductionInterval interval of the reduction, percent, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Improvement(
    String subject,
    Map<String, String> params,
    String mfn,
    String other,
    Role otherRole,
    String metric,
    double speedup,
    ConfidenceInterval speedupInterval,
    double reductionPercent,
    ConfidenceInterval reductionInterval) {}
