package org.mfn.report.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mfn.core.model.Layer;
import org.mfn.core.run.RunResult;
import org.mfn.core.run.SampleRunResult;
import org.mfn.report.Numbers;

class ConsoleTablesTest {

  @Test
  void claims_onlyTheRequestedLayers_withVerdicts() {
    RunResult r = SampleRunResult.create();

    String table = ConsoleTables.claims(r.targets(), List.of(Layer.IFR));

    assertThat(table.lines()).hasSize(2 + 6);
    assertThat(table).contains("ifr.hash-lookup", "< 50 ns", "PASS").doesNotContain("dsr.");
  }

  @Test
  void results_showMeanIntervalAndUnit() {
    String table = ConsoleTables.results(SampleRunResult.create().benchmarks());
    assertThat(table)
        .contains("FlowTableLookupBenchmark.robinHoodHit", "flowCount=100000", "11.50", "ns/op");
  }

  @Test
  void format_keepsFourSignificantDigits() {
    assertThat(Numbers.format(0.000147)).isEqualTo("0.0001470");
    assertThat(Numbers.format(147.04)).isEqualTo("147.0");
    assertThat(Numbers.format(12345.6)).isEqualTo("12346");
    assertThat(Numbers.format(3.2e9)).isEqualTo("3.200e+09");
  }
}
