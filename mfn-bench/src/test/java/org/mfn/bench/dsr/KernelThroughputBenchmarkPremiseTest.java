package org.mfn.bench.dsr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.bench.BenchmarkHarness;

class KernelThroughputBenchmarkPremiseTest {
  @Test
  void oursAndTheNaiveVersions_computeTheSameValues() throws Exception {
    try (BenchmarkHarness<KernelThroughputBenchmark> h =
        BenchmarkHarness.of(KernelThroughputBenchmark.class, Map.of())) {
      KernelThroughputBenchmark b = h.bench();
      KernelThroughputBenchmark.Kernel kernel = h.newState(KernelThroughputBenchmark.Kernel.class);
      for (int q = 0; q < 4; q++) {
        b.next = q;
        float ours = (float) h.call("matVec", kernel);
        b.next = q;
        float scalar = (float) h.call("matVecScalar");
        b.next = q;
        float naive = (float) h.call("naiveMatVec");
        assertThat(ours).isCloseTo(naive, within(1e-4f)).isCloseTo(scalar, within(1e-4f));
      }
      float product = (float) h.call("matMul", kernel);
      assertThat((float) h.call("naiveMatMul")).isCloseTo(product, within(1e-3f));
      float lstm = (float) h.call("lstmForward", kernel);
      assertThat(kernel.vectorLanes).isEqualTo(org.mfn.layers.nn.Kernels.vectorLanes());
      float naiveLstm = (float) h.call("naiveLstmForward");
      assertThat(lstm).isCloseTo(naiveLstm, within(1e-5f)).isNotZero();
    }
  }
}
