package org.mfn.bench.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class PatternMatchBenchmarkPremiseTest {
  @Test
  void prototypesAndNearestExample_recognizeHeldOutFlows() throws Exception {
    try (BenchmarkHarness<PatternMatchBenchmark> h =
        BenchmarkHarness.of(PatternMatchBenchmark.class, Map.of())) {
      PatternMatchBenchmark b = h.bench();
      int ours = 0;
      int baseline = 0;
      for (int f = 0; f < PatternMatchBenchmark.FLOWS; f++) {
        b.next = f;
        ours += (int) h.call("recognize") == b.flows.labels()[f] ? 1 : 0;
        b.next = f;
        baseline += (int) h.call("nearestExample") == b.flows.labels()[f] ? 1 : 0;
      }
      assertThat(ours / (double) PatternMatchBenchmark.FLOWS).isGreaterThan(0.9);
      assertThat(baseline / (double) PatternMatchBenchmark.FLOWS).isGreaterThan(0.9);
    }
  }
}
