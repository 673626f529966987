package org.mfn.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.run.ResultsJson;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.cli.MfnCommandTest.Outcome;
import org.mfn.runner.history.HistoryFixtures;
import org.mfn.runner.history.HistoryStore;

class HistoryCommandTest {
  private static final String BLOOM =
      "org.mfn.bench.ifr.BloomFilterLookupBenchmark.blockedNegative";

  @TempDir Path out;

  /** 30 runs, every mean 10% higher from the 21st (commit c21) on, 1% noise. */
  private void history() throws Exception {
    HistoryStore store = HistoryStore.inDirectory(out);
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 1; i <= 30; i++) {
      double scale = (i >= 21 ? 1.10 : 1) * Math.exp(0.01 * random.nextGaussian());
      String day = String.format(java.util.Locale.ROOT, "2026-10-%02dT08:00:00Z", i);
      store.append(HistoryFixtures.run(out, day, "c" + i, scale), "run" + i);
    }
  }

  @Test
  void show_printsTheSeries_theChangePointWithItsCommits_andTheTrend() throws Exception {
    history();
    Outcome o =
        MfnCommandTest.run(
            "history",
            "show",
            BLOOM,
            "--params",
            "{\"flowCount\":\"1000000\",\"fpp\":\"0.01\"}",
            "--output",
            out.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out())
        .contains("30 runs")
        .contains("<- change point")
        .containsPattern("Change point at run 21 \\(commit c21\\): \\+(9|10|11)\\.\\d\\d%")
        .contains("last run before it: 20 (commit c20); the commits in between: git log c20..c21")
        .contains("Trend over the last 20 runs");
  }

  @Test
  void list_andPrune_andTheirErrors() throws Exception {
    history();
    Outcome list =
        MfnCommandTest.run("history", "list", "--limit", "5", "--output", out.toString());
    assertThat(list.code()).isZero();
    assertThat(list.out().lines().count()).isEqualTo(6);
    assertThat(list.out()).contains("    30  2026-10-30T08:00:00Z");

    // A named baseline saved from run 3 keeps it.
    Files.createDirectories(out.resolve("baselines"));
    Files.writeString(
        out.resolve("baselines/release.json"),
        Files.readString(HistoryFixtures.SMOKE_A)
            .replace(
                ResultsJson.read(HistoryFixtures.SMOKE_A).environment().startTime(),
                "2026-10-03T08:00:00Z"));
    Outcome prune =
        MfnCommandTest.run("history", "prune", "--keep-runs", "10", "--output", out.toString());
    assertThat(prune.code()).as(prune.err()).isZero();
    assertThat(prune.out()).contains("Deleted 19 run(s)").contains("1 named baseline(s)");
    assertThat(HistoryStore.inDirectory(out).runs(100)).hasSize(11);

    Outcome nothing =
        MfnCommandTest.run("history", "show", "NoSuchBench", "--output", out.toString());
    assertThat(nothing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(nothing.err()).contains("no benchmark in the history matches 'NoSuchBench'");
    Outcome ambiguous =
        MfnCommandTest.run("history", "show", "Benchmark", "--output", out.toString());
    assertThat(ambiguous.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(ambiguous.err()).contains("series; name one");
    Outcome keepNothing = MfnCommandTest.run("history", "prune", "--output", out.toString());
    assertThat(keepNothing.code()).isEqualTo(ExitCodes.USAGE);
  }
}
