package org.mfn.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.mfn.core.io.BoundedProcess;

/**
 * Runs the built runner jar as a user would ({@code java -jar mfn-runner.jar ...}), for the
 * integration tests: each test's JVMs keep JMH's machine-wide lock in a temporary directory of its
 * own work directory.
 */
public final class JarRun {
  /** The jar under test ({@code -Dmfn.runner.jar}, else {@code target/mfn-runner.jar}). */
  public static final Path JAR =
      Path.of(System.getProperty("mfn.runner.jar", "target/mfn-runner.jar"));

  private JarRun() {}

  /**
   * The command line.
   *
   * @param work the test's work directory (its {@code tmp} becomes {@code java.io.tmpdir})
   * @param args the runner's arguments
   * @return the command
   */
  public static List<String> command(Path work, String... args) throws IOException {
    Path tmp = Files.createDirectories(work.resolve("tmp"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp.toAbsolutePath(),
                "-jar",
                JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Runs the jar to its end.
   *
   * @param work the test's work directory
   * @param env variables added to the environment
   * @param timeout the longest it may take
   * @param args the runner's arguments
   * @return what it left
   */
  public static BoundedProcess.Outcome run(
      Path work, Map<String, String> env, Duration timeout, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder b = new ProcessBuilder(command(work, args));
    b.environment().putAll(env);
    return BoundedProcess.run(b, timeout);
  }

  /** The newest run directory in an output directory. */
  public static Path newestRun(Path output) throws IOException {
    try (Stream<Path> runs = Files.list(output)) {
      return runs.filter(Files::isDirectory)
          .filter(p -> Character.isDigit(p.getFileName().toString().charAt(0)))
          .max(Path::compareTo)
          .orElseThrow();
    }
  }
}
