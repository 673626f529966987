package org.mfn.runner.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mfn.core.io.BoundedProcess;
import org.mfn.runner.RealServers;

/**
 * The Prometheus alerting rules shipped in {@code deploy/prometheus}: {@code promtool check rules}
 * accepts them, and {@code promtool test rules} shows each one firing on the series a push produces
 * (and not before it should).
 */
class PromtoolRulesIT {
  private static final Path DEPLOY = Path.of("..", "deploy", "prometheus").toAbsolutePath();

  private static BoundedProcess.Outcome promtool(String... args) throws Exception {
    java.util.List<String> command = new java.util.ArrayList<>();
    command.add(RealServers.promtool().toString());
    command.addAll(java.util.List.of(args));
    return BoundedProcess.run(
        new ProcessBuilder(command).directory(DEPLOY.toFile()), Duration.ofMinutes(2));
  }

  @Test
  void theShippedRules_passCheckRules_andTheirUnitTests() throws Exception {
    BoundedProcess.Outcome check = promtool("check", "rules", "mfn-alerts.rules.yml");
    assertThat(check.exitCode()).as(check.output()).isZero();
    assertThat(check.output()).contains("SUCCESS: 3 rules found");
    BoundedProcess.Outcome test = promtool("test", "rules", "mfn-alerts.test.yml");
    assertThat(test.exitCode()).as(test.output()).isZero();
    assertThat(test.output()).contains("SUCCESS");
  }
}
