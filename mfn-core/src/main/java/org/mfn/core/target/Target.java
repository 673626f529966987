package org.mfn.core.target;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.mfn.core.model.Layer;

/**
 * One claim of the specification: what measures it and what it must reach.
 *
 * @param id stable identifier, e.g. {@code ifr.exact-match}
 * @param layer the layer the claim is about
 * @param claim the claim's wording in the specification
 * @param benchmark fully qualified JMH benchmark that measures it (ours, for relative kinds)
 * @param params parameters that select the result (all must match; empty for none)
 * @param metric {@code score} (the primary) or a secondary metric name
 * @param kind ABSOLUTE, or how a relative value is formed against {@code reference}
 * @param reference the reference benchmark of a relative claim, else null
 * @param referenceParams parameters of the reference result (null: the same as {@code params})
 * @param comparator how the value compares with the threshold
 * @param threshold the threshold, in {@code unit}
 * @param unit the claim's unit ({@code ms}, {@code ns}, {@code %}, {@code Gbps}, ...)
 * @param workload the workload and conditions under which the claim is measured, in words
 * @param informational {@code true} for a figure reported beside a claim for context (e.g. the same
 *     claim in a setting it is not judged in): its verdict is computed and shown, but never counts
 *     as a failed claim; null or false for a claim
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Target(
    String id,
    Layer layer,
    String claim,
    String benchmark,
    Map<String, String> params,
    String metric,
    TargetKind kind,
    String reference,
    Map<String, String> referenceParams,
    Comparator comparator,
    double threshold,
    String unit,
    String workload,
    Boolean informational) {

  /** A claim (not informational). */
  public Target(
      String id,
      Layer layer,
      String claim,
      String benchmark,
      Map<String, String> params,
      String metric,
      TargetKind kind,
      String reference,
      Map<String, String> referenceParams,
      Comparator comparator,
      double threshold,
      String unit,
      String workload) {
    this(
        id,
        layer,
        claim,
        benchmark,
        params,
        metric,
        kind,
        reference,
        referenceParams,
        comparator,
        threshold,
        unit,
        workload,
        null);
  }

  /** Fills defaults: no params, the primary metric, an absolute kind. */
  public Target {
    params = params == null ? Map.of() : Map.copyOf(params);
    metric = metric == null ? "score" : metric;
    kind = kind == null ? TargetKind.ABSOLUTE : kind;
    informational = Boolean.TRUE.equals(informational) ? Boolean.TRUE : null;
  }

  /** Tells whether this row is a claim whose failure counts (not {@code informational}). */
  public boolean judged() {
    return informational == null;
  }

  /** Returns the parameters of the reference result. */
  public Map<String, String> effectiveReferenceParams() {
    return referenceParams == null ? params : referenceParams;
  }

  /** Returns the threshold as written, e.g. {@code < 0.1 ms}. */
  public String thresholdText() {
    return comparator.symbol() + " " + formatNumber(threshold) + " " + unit;
  }

  private static String formatNumber(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
