package org.mfn.core.run;

import java.util.List;
import java.util.Map;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.EnvironmentInfo;
import org.mfn.core.result.MetricResult;
import org.mfn.core.result.RunLength;
import org.mfn.core.result.RunSettings;
import org.mfn.core.stats.SampleSummarizer;
import org.mfn.core.target.TargetCatalogueReader;
import org.mfn.core.target.TargetJudge;

/** A small, fully populated run result for renderer tests. */
public final class SampleRunResult {
  private SampleRunResult() {}

  /** Returns a run with one IFR benchmark and the verdicts of the full catalogue. */
  public static RunResult create() {
    double[][] samples = {{10, 11, 12}, {11, 12, 13}};
    MetricResult primary =
        new MetricResult(
            "ns/op",
            List.of(List.of(10.0, 11.0, 12.0), List.of(11.0, 12.0, 13.0)),
            new SampleSummarizer(0.95, 500).summarize(samples, 1),
            List.of(List.of(30.0, 14.0), List.of(13.0, 12.5)));
    BenchmarkResult b =
        new BenchmarkResult(
            "org.mfn.bench.ifr.FlowTableLookupBenchmark.robinHoodHit",
            Map.of("flowCount", "100000", "maxLoadFactor", "0.9"),
            Layer.IFR,
            "ifr.lookup.hit",
            Role.MFN,
            "RobinHoodFlowTable",
            "avgt",
            1,
            2,
            primary,
            Map.of());
    EnvironmentInfo env =
        new EnvironmentInfo(
            "0.1",
            "17",
            "vm",
            "vendor",
            List.of(),
            List.of(),
            "Linux",
            "6",
            "amd64",
            "cpu",
            2,
            1L << 30,
            null,
            "2026-01-01T00:00:00Z",
            "2026-01-01T00:01:00Z");
    RunSettings settings =
        RunSettings.of(
            "smoke",
            List.of(Layer.IFR),
            List.of(),
            false,
            0.95,
            null,
            "profile smoke",
            Map.of(b.benchmark(), new RunLength(2, 1, 0.5, 3, 0.5)));
    return new RunResult(
        RunResult.SCHEMA_VERSION,
        env,
        settings,
        List.of(b),
        List.of(),
        new TargetJudge(0.95, 500).judgeAll(TargetCatalogueReader.loadDefault(), List.of(b)),
        null);
  }
}
