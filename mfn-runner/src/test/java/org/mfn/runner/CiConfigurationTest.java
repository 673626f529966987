package org.mfn.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CI entry points agree with the README: {@code .ci/run} ends with the README's test command,
 * verbatim, and installs every package a test requires under {@code CI=true}; the GitHub workflow
 * example goes through {@code .ci/run} on Debian rather than installing packages of its own.
 */
class CiConfigurationTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void ciRun_endsWithTheReadmesTestCommand_andInstallsWhatTheTestsRequire() throws Exception {
    List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
    String testCommand = readme.get(readme.indexOf("```bash") + 2).trim();
    assertThat(testCommand).startsWith("mvn ");
    List<String> ciRun =
        Files.readAllLines(ROOT.resolve(".ci/run")).stream()
            .map(String::trim)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    assertThat(ciRun.get(ciRun.size() - 1)).isEqualTo(testCommand);
    assertThat(String.join("\n", ciRun))
        .contains("need_apt+=(chromium)", "need_apt+=(chromium-driver)")
        .contains("need_apt+=(python3-prometheus-client)")
        .contains("need_apt+=(prometheus-pushgateway)", "need_apt+=(prometheus)")
        .contains("need_apt+=(postgresql)", "source .ci/servers start")
        .contains("need_apt+=(python3-scipy)");
  }

  @Test
  void githubWorkflow_runsTheTestsThroughCiRun_onDebian() throws Exception {
    String workflow = Files.readString(ROOT.resolve(".github/workflows/bench.yml"));
    assertThat(workflow).contains("container: debian:", "bash .ci/run");
    assertThat(workflow.lines().filter(l -> l.contains("apt-get install")))
        .as("packages installed by the workflow itself")
        .allMatch(l -> l.trim().endsWith("apt-get install -y -q git ca-certificates"));
    assertThat(workflow).doesNotContain("setup-java");
  }
}
