package org.mfn.core.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mfn.core.flow.FlowKey;
import org.mfn.core.flow.FlowKeyLayout;

class FlowTraceGeneratorTest {

  @Test
  void generate_sameConfig_sameTraceBitForBit() {
    TraceConfig config = TraceConfig.defaults(5_000, 100_000).withIpv6Fraction(0.3);

    FlowTrace a = FlowTraceGenerator.generate(config);
    FlowTrace b = FlowTraceGenerator.generate(config);

    assertThat(b.keyWords()).isEqualTo(a.keyWords());
    assertThat(b.packetFlows()).isEqualTo(a.packetFlows());
    assertThat(b.packetSizes()).isEqualTo(a.packetSizes());
  }

  @Test
  void generate_fixedSeed_matchesRecordedFingerprint() {
    // Pins the trace across machines and JDKs: if this changes, every stored baseline measured
    // on the default trace is measuring something else.
    FlowTrace trace = FlowTraceGenerator.generate(TraceConfig.defaults(1_000, 10_000));
    long fingerprint = 17;
    for (int p = 0; p < trace.packetCount(); p++) {
      fingerprint = fingerprint * 31 + trace.packetFlows()[p] * 7919L + trace.packetSizes()[p];
    }
    for (long word : trace.keyWords()) {
      fingerprint = fingerprint * 31 + word;
    }
    assertThat(trace.distinctFlows()).isEqualTo(TraceFingerprints.DEFAULT_1000_10000_DISTINCT);
    assertThat(fingerprint).isEqualTo(TraceFingerprints.DEFAULT_1000_10000);
  }

  @Test
  void generate_otherSeed_otherTrace() {
    TraceConfig config = TraceConfig.defaults(1_000, 10_000);
    FlowTrace a = FlowTraceGenerator.generate(config);
    FlowTrace b = FlowTraceGenerator.generate(config.withSeed(43));
    assertThat(b.packetFlows()).isNotEqualTo(a.packetFlows());
    assertThat(b.keyWords()).isNotEqualTo(a.keyWords());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.7, 1.0, 1.2})
  void generate_noChurn_flowFrequenciesFitTheZipfExponent(double exponent) {
    int flows = 1_000;
    int packets = 400_000;
    TraceConfig config =
        TraceConfig.defaults(flows, packets).withChurn(0).withZipfExponent(exponent);
    FlowTrace trace = FlowTraceGenerator.generate(config);
    long[] counts = new long[flows];
    for (int flow : trace.packetFlows()) {
      counts[flow]++;
    }

    // Goodness of fit against the exact Zipf probabilities.
    ZipfSampler zipf = new ZipfSampler(flows, exponent);
    double[] expected = new double[flows];
    for (int k = 0; k < flows; k++) {
      expected[k] = zipf.probability(k) * packets;
    }
    double pValue = new ChiSquareTest().chiSquareTest(expected, counts);
    assertThat(pValue).as("chi-square p-value").isGreaterThan(0.001);

    // The log-log slope of frequency against rank over the well-populated head estimates -s.
    SimpleRegression fit = new SimpleRegression();
    for (int k = 0; k < 100; k++) {
      fit.addData(Math.log(k + 1), Math.log(counts[k]));
    }
    assertThat(-fit.getSlope()).isCloseTo(exponent, Offset.offset(0.05));
  }

  @Test
  void generate_withChurn_newFlowsArriveAtTheConfiguredRate() {
    TraceConfig config = TraceConfig.defaults(10_000, 200_000).withChurn(0.05);
    FlowTrace trace = FlowTraceGenerator.generate(config);

    int newFlows = trace.distinctFlows() - config.activeFlows();
    // Binomial(200000, 0.05): mean 10000, sd about 97.
    assertThat(newFlows).isBetween(9_600, 10_400);
    // Every packet refers to a flow that exists.
    assertThat(Arrays.stream(trace.packetFlows()))
        .allMatch(f -> f >= 0 && f < trace.distinctFlows());
  }

  @Test
  void generate_keys_areDistinctAndRoundTrip() {
    TraceConfig config = TraceConfig.defaults(20_000, 50_000).withIpv6Fraction(0.25);
    FlowTrace trace = FlowTraceGenerator.generate(config);
    Set<FlowKey> keys = new HashSet<>();
    int ipv6 = 0;
    for (int f = 0; f < trace.distinctFlows(); f++) {
      FlowKey key = trace.key(f);
      assertThat(key).isEqualTo(FlowTraceGenerator.keyFor(f, config));
      ipv6 += key.version() == 6 ? 1 : 0;
      keys.add(key);
    }
    assertThat(keys).hasSize(trace.distinctFlows());
    assertThat(trace.layout()).isEqualTo(FlowKeyLayout.DUAL_STACK);
    assertThat(ipv6 / (double) trace.distinctFlows()).isBetween(0.23, 0.27);
  }

  @Test
  void generate_imix_sizeFrequenciesMatchTheWeights() {
    FlowTrace trace = FlowTraceGenerator.generate(TraceConfig.defaults(100, 120_000));
    long small = 0;
    long medium = 0;
    long large = 0;
    for (int size : trace.packetSizes()) {
      small += size == 64 ? 1 : 0;
      medium += size == 594 ? 1 : 0;
      large += size == 1518 ? 1 : 0;
    }
    assertThat(small + medium + large).isEqualTo(120_000);
    assertThat(small / 120_000.0).isCloseTo(7 / 12.0, Offset.offset(0.01));
    assertThat(medium / 120_000.0).isCloseTo(4 / 12.0, Offset.offset(0.01));
    assertThat(trace.totalBytes() / 120_000.0)
        .isCloseTo(PacketSizeMix.imix().meanSize(), Offset.offset(5.0));
  }
}
