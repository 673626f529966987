package org.mfn.runner.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsConfigTest {
  @TempDir Path dir;

  private AlertsConfig read(String json) throws Exception {
    Path f = dir.resolve("mfn-alerts.json");
    Files.writeString(f, json);
    return AlertsConfig.read(f);
  }

  private void refused(String json, String... message) throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, json);
    assertThatThrownBy(() -> AlertsConfig.read(f))
        .isInstanceOf(AlertsConfigException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContainingAll(message)
        .hasMessageNotContaining("\n");
  }

  @Test
  void theReadmesExample_isRead() throws Exception {
    AlertsConfig c =
        read(
            """
            {"rules": [{"when": "claim-failed"}, {"when": "regressed", "match": "FlowRegistry"},
                       {"when": "run-failed"}, {"when": "live-threshold", "threshold": "Dijkstra>200"}],
             "channels": [
               {"type": "webhook", "url": "https://hooks.example/mfn", "secretEnv": "S", "retries": 2},
               {"type": "slack", "name": "team", "url": "https://hooks.slack.com/services/T/B/X"},
               {"type": "email", "smtpHost": "smtp.example", "from": "bench@example",
                "to": ["perf@example"], "userEnv": "U", "passwordEnv": "P"}]}
            """);
    assertThat(c.rules()).hasSize(4);
    assertThat(c.rules().get(1).covers("x.FlowRegistryMatchBenchmark.registry")).isTrue();
    assertThat(c.rules().get(1).covers("x.Dijkstra")).isFalse();
    assertThat(c.liveThresholds()).containsExactly("Dijkstra>200");
    assertThat(c.channels())
        .extracting(ChannelConfig::name)
        .containsExactly("webhook #1", "team", "email #3");
    assertThat(c.channels().get(0).retries()).isEqualTo(2);
    assertThat(c.channels().get(2).smtpPort()).isEqualTo(587);
    assertThat(c.channels().get(2).starttls()).isEqualTo("when-offered");
    StringWriter err = new StringWriter();
    assertThatThrownBy(() -> Notifier.of(c, Map.of("S", "k", "U", "u"), new PrintWriter(err)))
        .isInstanceOf(AlertsConfigException.class)
        .hasMessageContaining("channels[2] names the environment variable P, which is not set");
    assertThat(Notifier.of(c, Map.of("S", "k", "U", "u", "P", "p"), new PrintWriter(err)))
        .isNotNull();
  }

  @Test
  void badFiles_areOneLineNamingTheFieldAndValue() throws Exception {
    refused("{", "is not JSON");
    refused("[]", "(top): must be a JSON object");
    refused("{\"rules\": [], \"channels\": []}", "rules: must be a non-empty array");
    String webhook = "{\"type\": \"webhook\", \"url\": \"https://h/x\"}";
    refused(
        "{\"rules\": [{\"when\": \"sometimes\"}], \"channels\": [" + webhook + "]}",
        "rules[0].when",
        "'sometimes'");
    refused(
        "{\"rules\": [{\"when\": \"regressed\", \"colour\": 1}], \"channels\": [" + webhook + "]}",
        "rules[0].colour: unknown field");
    refused(
        "{\"rules\": [{\"when\": \"live-threshold\"}], \"channels\": [" + webhook + "]}",
        "rules[0].threshold: is required");
    refused(
        "{\"rules\": [{\"when\": \"live-threshold\", \"threshold\": \"Dijkstra\"}], \"channels\": ["
            + webhook
            + "]}",
        "rules[0].threshold",
        "REGEX>VALUE");
    refused(
        "{\"rules\": [{\"when\": \"regressed\", \"match\": \"(\"}], \"channels\": ["
            + webhook
            + "]}",
        "rules[0].match",
        "not a regular expression");
    refused(
        "{\"rules\": [{\"when\": \"regressed\"}], \"channels\": [{\"type\": \"webhook\", \"url\":"
            + " \"ftp://h/x\"}]}",
        "channels[0].url",
        "'ftp://h/x'");
    refused(
        "{\"rules\": [{\"when\": \"regressed\"}], \"channels\": [{\"type\": \"pager\"}]}",
        "channels[0].type",
        "'pager'");
    refused(
        "{\"rules\": [{\"when\": \"regressed\"}], \"channels\": [{\"type\": \"email\", \"smtpHost\":"
            + " \"h\", \"from\": \"a@b\", \"to\": []}]}",
        "channels[0].to");
    refused(
        "{\"rules\": [{\"when\": \"regressed\"}], \"channels\": [{\"type\": \"webhook\", \"url\":"
            + " \"https://h\", \"retries\": 99}]}",
        "channels[0].retries",
        "0..10",
        "99");
    refused(
        "{\"rules\": [{\"when\": \"regressed\"}], \"channels\": [{\"type\": \"slack\", \"url\":"
            + " \"https://h\", \"secretEnv\": \"S\"}]}",
        "channels[0].secretEnv: unknown field");
  }
}
