package org.mfn.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.cli.MfnCommandTest.Outcome;
import org.mfn.runner.compare.ResultsSource;

/**
 * {@code compare} on files from real smoke runs of the same build (checked in under {@code
 * compare/}): two of 11 benchmarks each ({@code smoke-a}, {@code smoke-b}), and three of the whole
 * IFR suite with baselines, 44 benchmarks of 1 fork x 3 iterations each, made back to back on a
 * two-core VM ({@code ifr-smoke-*}; the third ran on a machine about 9% slower across the board,
 * and only the scores and allocation are kept); on edited copies, and on bad input.
 */
class CompareCommandTest {
  @TempDir Path dir;

  static Path resource(String name) throws URISyntaxException {
    return Path.of(CompareCommandTest.class.getResource("/compare/" + name).toURI());
  }

  @Test
  void twoSingleForkSmokeRunsOfTheSameBuild_noRegression_butUndecidedNotUnchanged()
      throws Exception {
    // One fork of 3 iterations per run: the intervals reach far past 5%, so nothing is shown
    // unchanged; the check says it could not tell (exit 5), and names why.
    Outcome o =
        MfnCommandTest.run(
            "compare", resource("smoke-a.json").toString(), resource("smoke-b.json").toString());
    assertThat(o.code()).as(o.out()).isEqualTo(ExitCodes.INCONCLUSIVE);
    assertThat(o.out())
        .doesNotContain("REGRESSED")
        .contains("Benjamini-Hochberg", "INCONCLUSIVE", "undecided: ", "reach past the threshold");
  }

  @Test
  void acceptInconclusive_turnsUndecidedIntoExit0_butNotARegression() throws Exception {
    String a = resource("smoke-a.json").toString();
    Outcome undecided =
        MfnCommandTest.run(
            "compare", a, resource("smoke-b.json").toString(), "--accept-inconclusive");
    assertThat(undecided.code()).as(undecided.out()).isEqualTo(ExitCodes.OK);
    assertThat(undecided.out()).contains("accepted: ");
    Outcome regressed =
        MfnCommandTest.run(
            "compare",
            a,
            scaled(resource("smoke-a.json"), 1.2).toString(),
            "--accept-inconclusive");
    assertThat(regressed.code()).isEqualTo(ExitCodes.REGRESSION);
  }

  @Test
  void plainJmhJsonOfTheSameRuns_noRegression() throws Exception {
    Outcome o =
        MfnCommandTest.run(
            "compare",
            resource("smoke-a-jmh.json").toString(),
            resource("smoke-b-jmh.json").toString());
    assertThat(o.code()).as(o.out()).isIn(ExitCodes.OK, ExitCodes.INCONCLUSIVE);
    assertThat(o.out()).doesNotContain("REGRESSED");
  }

  @Test
  void editedTwentyPercentSlower_exits3AndNamesTheRegressions() throws Exception {
    Path slower = scaled(resource("smoke-a.json"), 1.2);
    Outcome o =
        MfnCommandTest.run("compare", resource("smoke-a.json").toString(), slower.toString());
    assertThat(o.code()).isEqualTo(ExitCodes.REGRESSION);
    assertThat(o.out()).contains("REGRESSED", "FlowRegistryMatchBenchmark.registry");
  }

  private static final String[] IFR_SMOKE_RUNS = {
    "ifr-smoke-1.json", "ifr-smoke-2.json", "ifr-smoke-3-slow-machine.json"
  };

  @Test
  void threeWholeIfrSmokeRunsOfTheSameBuild_noRegressionWhicheverIsTheBaseline() throws Exception {
    for (String old : IFR_SMOKE_RUNS) {
      for (String now : IFR_SMOKE_RUNS) {
        if (old.equals(now)) {
          continue;
        }
        Outcome o =
            MfnCommandTest.run("compare", resource(old).toString(), resource(now).toString());
        // Single forks: undecided, never a regression; the suite is shown unchanged, or, with
        // the run made on the 9%-slower machine, cannot be told from a change.
        assertThat(o.code())
            .as(old + " -> " + now + "\n" + o.out())
            .isEqualTo(ExitCodes.INCONCLUSIVE);
        assertThat(o.out()).doesNotContain("REGRESSIONS");
        assertThat(o.out())
            .containsAnyOf("suite as a whole: UNCHANGED", "suite as a whole: INCONCLUSIVE");
      }
    }
  }

  @Test
  void baselineEditedSoTheRunIsTwentyPercentSlower_exits3AndNamesTheSuiteRegression()
      throws Exception {
    Path faster = directionAware(resource("ifr-smoke-1.json"), 1 / 1.2);
    Outcome o =
        MfnCommandTest.run("compare", faster.toString(), resource("ifr-smoke-2.json").toString());
    assertThat(o.code()).as(o.out()).isEqualTo(ExitCodes.REGRESSION);
    assertThat(o.out())
        .contains("suite as a whole: REGRESSED", "REGRESSIONS (1):")
        .containsPattern("the suite as a whole: typical score \\+(1[5-9]|2[0-9])\\.\\d\\d% worse")
        .containsPattern("most affected: org\\.mfn\\.bench\\.ifr\\.\\w+Benchmark\\.\\w+\\{");
  }

  @Test
  void baselineEditedSoTheRunIsTwentyPercentFaster_improvedExit0() throws Exception {
    Path slower = directionAware(resource("ifr-smoke-1.json"), 1.2);
    Outcome o =
        MfnCommandTest.run(
            "compare",
            slower.toString(),
            resource("ifr-smoke-2.json").toString(),
            "--accept-inconclusive");
    assertThat(o.code()).as(o.out()).isEqualTo(ExitCodes.OK);
    assertThat(o.out()).contains("suite as a whole: IMPROVED");
  }

  @Test
  void formatJson_printsTheWholeComparison() throws Exception {
    Path slower = scaled(resource("smoke-a.json"), 1.2);
    Outcome o =
        MfnCommandTest.run(
            "compare", resource("smoke-a.json").toString(), slower.toString(), "--format", "json");
    JsonNode json = new ObjectMapper().readTree(o.out());
    JsonNode first = json.get("comparisons").get(0);
    assertThat(first.has("ratio")).isTrue();
    assertThat(first.has("ratioInterval")).isTrue();
    assertThat(first.has("welchP")).isTrue();
    assertThat(first.has("mannWhitneyP")).isTrue();
    assertThat(first.has("effectSize")).isTrue();
    assertThat(first.get("verdict").asText()).isIn("REGRESSED", "UNCHANGED", "IMPROVED");
    assertThat(o.code()).isEqualTo(ExitCodes.REGRESSION);
  }

  @Test
  void nothingInCommon_undecidedExit5() throws Exception {
    Path renamed = dir.resolve("renamed.json");
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(resource("smoke-b.json").toFile());
    for (JsonNode b : root.get("benchmarks")) {
      ((ObjectNode) b).put("benchmark", b.get("benchmark").asText() + "Renamed");
    }
    new ObjectMapper().writeValue(renamed.toFile(), root);
    Outcome o =
        MfnCommandTest.run("compare", resource("smoke-a.json").toString(), renamed.toString());
    assertThat(o.code()).isEqualTo(ExitCodes.INCONCLUSIVE);
    assertThat(o.out()).contains("only in the baseline", "only in the new run");
  }

  @Test
  void missingCorruptOrOtherSchemaFiles_oneMessageExit2() throws Exception {
    Path corrupt =
        Files.writeString(
            dir.resolve("corrupt.json"), "{\n  \"schemaVersion\": 1,\n  \"benchmarks\": [ {\n");
    Path otherSchema =
        Files.writeString(dir.resolve("v9.json"), "{\"schemaVersion\": 9, \"benchmarks\": []}");
    String good = resource("smoke-a.json").toString();
    String[][] cases = {
      {dir.resolve("missing.json").toString(), "no such results file"},
      {corrupt.toString(), "line"},
      {otherSchema.toString(), "schema version 9"},
    };
    for (String[] c : cases) {
      Outcome o = MfnCommandTest.run("compare", good, c[0]);
      assertThat(o.code()).as(c[0]).isEqualTo(ExitCodes.USAGE);
      String[] lines = o.err().strip().split("\\R");
      assertThat(lines[0]).startsWith("mfn: ").contains(c[1]);
      assertThat(lines).hasSize(2); // the message and the usage hint
      assertThat(o.err()).doesNotContain("\tat ");
    }
  }

  @Test
  void badThresholdOrFormat_usageError() throws Exception {
    String a = resource("smoke-a.json").toString();
    assertThat(MfnCommandTest.run("compare", a, a, "--threshold", "0").code())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(MfnCommandTest.run("compare", a, a, "--format", "xml").code())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(MfnCommandTest.run("compare", a).code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void regressionCheckOptions_badCombinationsFailBeforeAnythingRuns() throws Exception {
    String out = dir.resolve("runs").toString();
    assertThat(MfnCommandTest.run("--layers", "ifr", "--regression-check", "--output", out).err())
        .contains("--regression-check needs exactly one of");
    Outcome missing =
        MfnCommandTest.run(
            "--layers",
            "ifr",
            "--regression-check",
            "--baseline-file",
            dir.resolve("none.json").toString(),
            "--output",
            out);
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("no such results file");
    Outcome badName =
        MfnCommandTest.run("--layers", "ifr", "--save-baseline", "../escape", "--output", out);
    assertThat(badName.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(badName.err()).contains("a baseline name is");
    assertThat(
            MfnCommandTest.run("--layers", "ifr", "--baseline-file", "x.json", "--output", out)
                .err())
        .contains("go with --regression-check");
    assertThat(dir.resolve("runs")).doesNotExist();
  }

  /**
   * A copy of a results file whose scores are {@code slower} times slower: time per operation
   * multiplied by it, rates divided.
   */
  private Path directionAware(Path source, double slower) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(source.toFile());
    for (JsonNode b : root.get("benchmarks")) {
      boolean timePerOp = b.get("primary").get("unit").asText().endsWith("/op");
      double factor = timePerOp ? slower : 1 / slower;
      for (JsonNode fork : b.get("primary").get("samples")) {
        ArrayNode values = (ArrayNode) fork;
        for (int i = 0; i < values.size(); i++) {
          values.set(i, values.get(i).asDouble() * factor);
        }
      }
    }
    Path target = dir.resolve("edited-" + slower + ".json");
    mapper.writeValue(target.toFile(), root);
    return target;
  }

  /** A copy of a results file with every primary sample multiplied by {@code factor}. */
  private Path scaled(Path source, double factor) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(source.toFile());
    for (JsonNode b : root.get("benchmarks")) {
      for (JsonNode fork : b.get("primary").get("samples")) {
        ArrayNode values = (ArrayNode) fork;
        for (int i = 0; i < values.size(); i++) {
          values.set(i, values.get(i).asDouble() * factor);
        }
      }
    }
    Path target = dir.resolve("scaled.json");
    mapper.writeValue(target.toFile(), root);
    return target;
  }

  // Identity of a result (issue 11): benchmark, mode, threads and parameters; units converted.

  @Test
  void selfCompare_sameBenchmarkInTwoModes_comparesEachModeWithItself_exit0() throws Exception {
    String file = resource("identity/multi-mode.json").toString();
    Outcome o = MfnCommandTest.run("compare", file, file);
    assertThat(o.code()).as(o.out()).isEqualTo(ExitCodes.OK);
    assertThat(o.out()).contains("[avgt, 1 thread]", "[thrpt, 1 thread]").doesNotContain("99.9");
  }

  @Test
  void selfCompare_oneAndTwoThreads_comparesEachThreadCountWithItself_exit0() throws Exception {
    String file = resource("identity/multi-thread.json").toString();
    Outcome o = MfnCommandTest.run("compare", file, file);
    assertThat(o.code()).as(o.out()).isEqualTo(ExitCodes.OK);
    assertThat(o.out()).contains("[thrpt, 2 threads]").doesNotContain("IMPROVED");
  }

  @Test
  void sameSpeedInMicrosecondsAndNanoseconds_isConvertedNotCompared_raw() throws Exception {
    Outcome o =
        MfnCommandTest.run(
            "compare",
            resource("identity/same-speed-us.json").toString(),
            resource("identity/same-speed-ns.json").toString(),
            "--format",
            "json");
    assertThat(o.code()).as(o.out()).isEqualTo(ExitCodes.OK);
    JsonNode score = new ObjectMapper().readTree(o.out()).path("comparisons").get(0);
    assertThat(score.path("ratio").asDouble()).isCloseTo(1.0, Offset.offset(1e-9));
    assertThat(score.path("verdict").asText()).isEqualTo("UNCHANGED");
  }

  @Test
  void unitsOfDifferentKinds_refusedWithOneLineNamingBoth_exit2() throws Exception {
    Outcome o =
        MfnCommandTest.run(
            "compare",
            resource("identity/same-speed-ns.json").toString(),
            resource("identity/other-kind-bytes.json").toString());
    assertThat(o.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(o.err())
        .contains("cannot compare org.example.bench.MapBenchmark.get{size=1000} score")
        .contains("ns/op in the old run and B/op in the new one");
    assertThat(o.err().lines().toList())
        .as("one message, then the usage hint every usage error gets")
        .hasSize(2)
        .last()
        .asString()
        .startsWith("Try ");
  }

  @Test
  void benchmarkThatFailedInTheNewRun_isFailedNotLost_andFailsTheCheck() throws Exception {
    String ok = resource("identity/two-ok.json").toString();
    String failed = resource("identity/one-failed.json").toString();
    Outcome text = MfnCommandTest.run("compare", ok, failed, "--accept-inconclusive");
    assertThat(text.code()).as(text.out()).isEqualTo(ExitCodes.REGRESSION);
    assertThat(text.out())
        .contains("MapBenchmark.put", "FAILED", "failed in the new run")
        .doesNotContain("only in the");
    Outcome json = MfnCommandTest.run("compare", ok, failed, "--format", "json");
    JsonNode put = null;
    for (JsonNode c : new ObjectMapper().readTree(json.out()).path("comparisons")) {
      if (c.path("benchmark").asText().contains(".put")) {
        put = c;
      }
    }
    assertThat(put).isNotNull();
    assertThat(put.path("verdict").asText()).isEqualTo("FAILED");
    assertThat(json.code()).isEqualTo(ExitCodes.REGRESSION);
  }

  @Test
  void resultFileOverTheSizeLimit_refusedBeforeItIsRead_exit2() throws Exception {
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.write('[');
      file.setLength((ResultsSource.MAX_FILE_MIB << 20) + 1); // sparse
    }
    Outcome o = MfnCommandTest.run("compare", huge.toString(), resource("smoke-a.json").toString());
    assertThat(o.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(o.err()).contains("is 512 MiB, larger than the 512 MiB a result file may be");
  }

  @Test
  void thirtyPercentSlowerOnTwoForksOfThreeIterations_neverPassesAsUnchanged() throws Exception {
    // The issue's case: ratio interval [1.055, 1.591] under the old rule, called UNCHANGED, exit 0.
    Outcome o =
        MfnCommandTest.run(
            "compare",
            resource("identity/two-by-three-old.json").toString(),
            resource("identity/two-by-three-30pct-slower.json").toString());
    assertThat(o.code()).as(o.out()).isIn(ExitCodes.INCONCLUSIVE, ExitCodes.REGRESSION);
    assertThat(o.out()).doesNotContain("UNCHANGED").containsAnyOf("INCONCLUSIVE", "REGRESSED");
  }

  @Test
  void wellFormedJsonOfTheWrongShape_exit2NamingTheField() throws Exception {
    String good = resource("smoke-a.json").toString();
    String[][] cases = {
      {"shape/benchmarks-null.json", "'benchmarks' is missing or null"},
      {"shape/primary-null.json", "benchmarks[0]", "'primary' is missing or null"},
    };
    for (String[] c : cases) {
      Outcome o = MfnCommandTest.run("compare", good, resource(c[0]).toString());
      assertThat(o.code()).as(c[0] + "\n" + o.err()).isEqualTo(ExitCodes.USAGE);
      for (int k = 1; k < c.length; k++) {
        assertThat(o.err()).contains(c[k]);
      }
      assertThat(o.err()).doesNotContain("unexpected");
    }
  }

  @Test
  void aNanSampleAmongFiniteOnes_isLeftOut_notAnUnexpectedError() throws Exception {
    Outcome o =
        MfnCommandTest.run(
            "compare",
            resource("smoke-a.json").toString(),
            resource("shape/nan-sample.json").toString(),
            "--accept-inconclusive");
    assertThat(o.code()).as(o.err()).isIn(ExitCodes.OK, ExitCodes.REGRESSION);
    assertThat(o.err()).doesNotContain("unexpected");
    assertThat(o.out()).contains("BloomFilterLookupBenchmark.blockedNegative");
  }
}
