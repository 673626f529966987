package org.mfn.core.regression;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.mfn.core.stats.ConfidenceInterval;

/**
 * One metric of one benchmark, old run against new: what moved ({@link Change}), how it was tested
 * ({@link Significance}) and the verdict ({@link Judgement}). In {@code results.json} the three
 * parts are written as the fields of one object, as before they were split.
 *
 * @param benchmark the result's identity (name and parameters)
 * @param metric {@code score} or a secondary metric such as {@code gc.alloc.rate.norm}
 * @param unit the unit
 * @param lowerIsBetter the direction, from the unit
 * @param change the estimate
 * @param significance the tests
 * @param judgement the verdict
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricComparison(
    String benchmark,
    String metric,
    String unit,
    boolean lowerIsBetter,
    @JsonUnwrapped Change change,
    @JsonUnwrapped Significance significance,
    @JsonUnwrapped Judgement judgement) {

  /** Reads the flat form of {@code results.json}. */
  @JsonCreator
  static MetricComparison fromJson(
      @JsonProperty("benchmark") String benchmark,
      @JsonProperty("metric") String metric,
      @JsonProperty("unit") String unit,
      @JsonProperty("lowerIsBetter") boolean lowerIsBetter,
      @JsonProperty("oldMean") double oldMean,
      @JsonProperty("newMean") double newMean,
      @JsonProperty("ratio") double ratio,
      @JsonProperty("ratioInterval") ConfidenceInterval ratioInterval,
      @JsonProperty("worsePercent") double worsePercent,
      @JsonProperty("welchP") Double welchP,
      @JsonProperty("mannWhitneyP") Double mannWhitneyP,
      @JsonProperty("testedP") Double testedP,
      @JsonProperty("adjustedP") Double adjustedP,
      @JsonProperty("effectSize") Double effectSize,
      @JsonProperty("forkAware") boolean forkAware,
      @JsonProperty("test") String test,
      @JsonProperty("verdict") ChangeVerdict verdict,
      @JsonProperty("note") String note,
      @JsonProperty("detectablePercent") Double detectablePercent) {
    return new MetricComparison(
        benchmark,
        metric,
        unit,
        lowerIsBetter,
        new Change(oldMean, newMean, ratio, ratioInterval, worsePercent),
        new Significance(welchP, mannWhitneyP, testedP, adjustedP, effectSize, forkAware, test),
        new Judgement(verdict, note, detectablePercent));
  }

  /** The verdict, for the many readers that need only it. */
  public ChangeVerdict verdict() {
    return judgement.verdict();
  }
}
