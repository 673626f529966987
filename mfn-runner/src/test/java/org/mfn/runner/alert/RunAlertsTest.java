package org.mfn.runner.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;

class RunAlertsTest {
  private static final Path SMOKE_A = Path.of("src/test/resources/compare/smoke-a.json");

  private static AlertsConfig config(String rules) throws Exception {
    return AlertsConfig.parse(
        new ObjectMapper()
            .readTree(
                "{\"rules\": "
                    + rules
                    + ", \"channels\": [{\"type\": \"webhook\", \"url\": \"http://h/x\"}]}"),
        "test");
  }

  @Test
  void everyFailedClaim_thatARuleCovers_isOneAlert_andNotMeasuredClaimsAreNot() throws Exception {
    RunResult run = ResultsJson.read(SMOKE_A);
    List<Alert> all = RunAlerts.of(config("[{\"when\": \"claim-failed\"}]"), run);
    assertThat(all)
        .extracting(Alert::key)
        .containsExactly(
            "claim-failed:ifr.hash-lookup",
            "claim-failed:ifr.bloom-negative",
            "claim-failed:ifr.latency-reduction");
    Alert bloom = all.get(1);
    assertThat(bloom.title()).startsWith("Claim ifr.bloom-negative FAILED: measured ");
    assertThat(bloom.details()).containsKeys("measured", "target", "unit", "benchmark");

    List<Alert> some =
        RunAlerts.of(
            config(
                "[{\"when\": \"claim-failed\", \"match\": \"bloom\"}, {\"when\": \"claim-failed\"}]"),
            run);
    assertThat(some).hasSize(3); // the same alert from two rules is one alert
    assertThat(RunAlerts.of(config("[{\"when\": \"regressed\"}]"), run)).isEmpty();
  }

  @Test
  void aFailedRun_alertsOnlyWhenARuleAsks() throws Exception {
    assertThat(RunAlerts.failed(config("[{\"when\": \"claim-failed\"}]"), "fork died")).isEmpty();
    List<Alert> failed = RunAlerts.failed(config("[{\"when\": \"run-failed\"}]"), "fork died");
    assertThat(failed)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.key()).isEqualTo("run-failed");
              assertThat(a.title()).isEqualTo("The run failed: fork died");
            });
  }
}
