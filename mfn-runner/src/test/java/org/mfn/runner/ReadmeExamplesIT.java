package org.mfn.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mfn.core.io.BoundedProcess;

/**
 * Runs the example commands of the README as written, from the repository root: every {@code java
 * -jar mfn-runner/target/mfn-runner.jar ...} and {@code scripts/benchmark-runner ...} line of its
 * bash blocks. Commands that would start a benchmark run get {@code --dry-run} appended (their
 * options and plan are checked, not the minutes they take); subcommands run in full. The {@code
 * mvn} lines are the build that runs this test.
 */
class ReadmeExamplesIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Set<String> SUBCOMMANDS = Set.of("list", "compare", "report", "check");
  private static final String JAR = "java -jar mfn-runner/target/mfn-runner.jar";
  private static final String SCRIPT = "scripts/benchmark-runner";

  static List<List<String>> examples() throws Exception {
    List<List<String>> commands = new ArrayList<>();
    boolean inBash = false;
    for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
      if (line.startsWith("```")) {
        inBash = line.equals("```bash");
        continue;
      }
      if (!inBash) {
        continue;
      }
      String command = line.contains("&& ") ? line.substring(line.indexOf("&& ") + 3) : line;
      if (command.startsWith(JAR) || command.startsWith(SCRIPT)) {
        commands.add(new ArrayList<>(Arrays.asList(command.trim().split("\\s+"))));
      }
    }
    return commands;
  }

  @Test
  void everyExampleCommand_runsAsWritten() throws Exception {
    List<List<String>> examples = examples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
    // One example saves the baseline 'main' and the next checks against it. A dry run validates
    // the baseline as a real run does but saves nothing, so a saved baseline stands in for the
    // first run (removed afterwards if this test made it).
    Path baseline = ROOT.resolve("mfn-results/baselines/main.json");
    boolean made = !Files.exists(baseline);
    if (made) {
      Files.createDirectories(baseline.getParent());
      Files.copy(ROOT.resolve("mfn-runner/src/test/resources/compare/smoke-a.json"), baseline);
    }
    try {
      runAll(examples);
    } finally {
      if (made) {
        Files.deleteIfExists(baseline);
      }
    }
  }

  private static void runAll(List<List<String>> examples) throws Exception {
    for (List<String> command : examples) {
      List<String> args = new ArrayList<>(command);
      int first = args.get(0).equals("java") ? 3 : 1;
      boolean run = !SUBCOMMANDS.contains(args.get(first)) && !args.contains("--help");
      if (run && !args.contains("--dry-run")) {
        args.add("--dry-run");
      }
      if (args.get(0).equals(SCRIPT)) {
        args.add(0, "bash");
      }
      BoundedProcess.Outcome p =
          BoundedProcess.run(
              new ProcessBuilder(args).directory(ROOT.toFile()), Duration.ofMinutes(2));
      String out = p.output();
      assertThat(p.timedOut()).as(String.join(" ", args) + " ran past 2 min\n" + out).isFalse();
      assertThat(p.exitCode()).as(String.join(" ", args) + "\n" + out).isZero();
      assertThat(out).as(String.join(" ", args)).doesNotContain("mfn: ");
    }
  }
}
