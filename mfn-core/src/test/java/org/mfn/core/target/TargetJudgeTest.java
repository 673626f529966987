package org.mfn.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.MetricResult;
import org.mfn.core.stats.SampleSummarizer;

class TargetJudgeTest {
  private static final String OURS = "org.mfn.bench.ifr.X.ours";
  private static final String BASE = "org.mfn.bench.ifr.X.base";
  private final TargetJudge judge = new TargetJudge(0.95, 1000);

  static BenchmarkResult result(
      String name, Role role, Map<String, String> params, double... values) {
    List<Double> iterations = new ArrayList<>();
    for (double v : values) {
      iterations.add(v);
    }
    List<List<Double>> samples = List.of(iterations);
    double[][] array = {values};
    MetricResult primary =
        new MetricResult(
            "ns/op", samples, new SampleSummarizer(0.95, 1000).summarize(array, 1), null);
    return new BenchmarkResult(
        name, params, Layer.IFR, "s", role, "impl", "avgt", 1, 1, primary, Map.of());
  }

  static Target absolute(Comparator comparator, double threshold, String unit) {
    return new Target(
        "t",
        Layer.IFR,
        "claim",
        OURS,
        Map.of("n", "1"),
        null,
        null,
        null,
        null,
        comparator,
        threshold,
        unit,
        "w");
  }

  @Test
  void judge_intervalBelowThreshold_passesInTheClaimsUnit() {
    BenchmarkResult r = result(OURS, Role.MFN, Map.of("n", "1", "other", "x"), 40, 41, 39, 40, 40);

    TargetVerdict v = judge.judge(absolute(Comparator.LT, 0.05, "us"), List.of(r));

    assertThat(v.verdict()).isEqualTo(Verdict.PASS);
    assertThat(v.measured()).isCloseTo(0.040, within(1e-9));
    assertThat(v.interval().upper()).isLessThan(0.05);
    assertThat(v.benchmark()).isEqualTo(r.id());
  }

  @Test
  void judge_intervalAboveThreshold_failsWithTheMeasuredValue() {
    BenchmarkResult r = result(OURS, Role.MFN, Map.of("n", "1"), 60, 61, 59, 60);

    TargetVerdict v = judge.judge(absolute(Comparator.LT, 50, "ns"), List.of(r));

    assertThat(v.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(v.measured()).isCloseTo(60, within(1e-9));
  }

  @Test
  void judge_thresholdInsideInterval_isInconclusive() {
    BenchmarkResult r = result(OURS, Role.MFN, Map.of("n", "1"), 40, 60, 45, 55, 50);
    assertThat(judge.judge(absolute(Comparator.LT, 50, "ns"), List.of(r)).verdict())
        .isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void judge_singleSample_isInconclusiveNotPass() {
    BenchmarkResult r = result(OURS, Role.MFN, Map.of("n", "1"), 1);
    assertThat(judge.judge(absolute(Comparator.LT, 50, "ns"), List.of(r)).verdict())
        .isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void judge_benchmarkNotRunOrOtherParams_isNotMeasured() {
    BenchmarkResult r = result(OURS, Role.MFN, Map.of("n", "2"), 1, 2, 3);
    TargetVerdict v = judge.judge(absolute(Comparator.LT, 50, "ns"), List.of(r));
    assertThat(v.verdict()).isEqualTo(Verdict.NOT_MEASURED);
    assertThat(v.measured()).isNull();
  }

  /** The shape of the "88.6% latency reduction" claim, against {@code BASE}. */
  static Target reductionClaim() {
    return new Target(
        "r",
        Layer.IFR,
        "claim",
        OURS,
        Map.of(),
        null,
        TargetKind.REDUCTION,
        BASE,
        null,
        Comparator.GE,
        88.6,
        "%",
        "w");
  }

  @Test
  void judge_reductionClaim_usesTheRatioAgainstTheReference() {
    Target t = reductionClaim();
    BenchmarkResult ours = result(OURS, Role.MFN, Map.of(), 10, 10.5, 9.5, 10, 10);
    BenchmarkResult base = result(BASE, Role.BASELINE, Map.of(), 100, 101, 99, 100, 100);

    TargetVerdict v = judge.judge(t, List.of(ours, base));

    assertThat(v.measured()).isCloseTo(90.0, within(0.01));
    assertThat(v.verdict()).isEqualTo(Verdict.PASS);
    assertThat(v.reference()).isEqualTo(base.id());
  }

  @Test
  void judge_reductionClaimBelowThreshold_failsHonestly() {
    Target t = reductionClaim();
    BenchmarkResult ours = result(OURS, Role.MFN, Map.of(), 20, 21, 19, 20, 20);
    BenchmarkResult base = result(BASE, Role.BASELINE, Map.of(), 47, 48, 46, 47, 47);

    TargetVerdict v = judge.judge(t, List.of(ours, base));

    assertThat(v.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(v.measured()).isCloseTo((1 - 20 / 47.0) * 100, within(0.01));
  }

  @Test
  void judge_relativeClaimWithoutReferenceRun_isNotMeasured() {
    Target t = reductionClaim();
    TargetVerdict v = judge.judge(t, List.of(result(OURS, Role.MFN, Map.of(), 1, 2, 3)));
    assertThat(v.verdict()).isEqualTo(Verdict.NOT_MEASURED);
    assertThat(v.note()).contains("--baseline");
  }
}
