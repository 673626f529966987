package org.mfn.runner.ab;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mfn.core.io.BoundedProcess;
import org.mfn.runner.ExitCodes;

/**
 * {@code --base-ref REF}: builds a git ref of the current repository in a temporary worktree
 * ({@code git worktree add --detach}, then {@code mvn -q -B -DskipTests package}) so that {@code
 * ab} can compare its runner jar with the working tree's. {@link #close()} removes the worktree,
 * and a shutdown hook does it too when the run is stopped with Ctrl-C.
 */
public final class BaseRefBuild implements AutoCloseable {
  private final Path repository;
  private final Path directory;
  private final Path tree;
  private final Thread cleanup;
  private final Path jar;

  private BaseRefBuild(Path repository, Path directory, Path tree, Thread cleanup, Path jar) {
    this.repository = repository;
    this.directory = directory;
    this.tree = tree;
    this.cleanup = cleanup;
    this.jar = jar;
  }

  /**
   * Builds a ref.
   *
   * @param ref a branch, tag or commit of the repository that holds {@code workingDirectory}
   * @param workingDirectory where the command runs
   * @param out where progress goes
   * @param timeout the longest the build may take
   * @return the build, to {@link #close()} when done
   * @throws AbException exit 2 when this is not a git repository or the ref is not a commit, exit 1
   *     when the worktree or the build fails
   */
  public static BaseRefBuild build(
      String ref, Path workingDirectory, PrintWriter out, Duration timeout) {
    BoundedProcess.Outcome top =
        run(workingDirectory, Duration.ofSeconds(30), "git", "rev-parse", "--show-toplevel");
    if (!top.succeeded()) {
      throw new AbException(
          ExitCodes.USAGE,
          "--base-ref: " + workingDirectory.toAbsolutePath() + " is not in a git repository");
    }
    Path repository = Path.of(top.output().strip());
    BoundedProcess.Outcome sha =
        run(
            repository,
            Duration.ofSeconds(30),
            "git",
            "rev-parse",
            "--verify",
            "--quiet",
            ref + "^{commit}");
    if (!sha.succeeded()) {
      throw new AbException(
          ExitCodes.USAGE, "--base-ref: no commit '" + ref + "' in " + repository);
    }
    String commit = sha.output().strip();
    Path directory;
    try {
      directory = Files.createTempDirectory("mfn-base-ref-");
    } catch (IOException e) {
      throw new AbException(
          ExitCodes.RUNTIME, "--base-ref: cannot create a temporary directory: " + e.getMessage());
    }
    Path tree = directory.resolve("tree");
    Thread cleanup = new Thread(() -> remove(repository, tree, directory), "mfn-base-ref-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    BaseRefBuild build = null;
    try {
      BoundedProcess.Outcome add =
          run(
              repository,
              Duration.ofMinutes(2),
              "git",
              "worktree",
              "add",
              "--detach",
              tree.toString(),
              commit);
      if (!add.succeeded()) {
        throw new AbException(
            ExitCodes.RUNTIME, "--base-ref: git worktree add failed: " + lastLines(add.output()));
      }
      out.println(
          "Building "
              + ref
              + " ("
              + commit.substring(0, Math.min(12, commit.length()))
              + ") in "
              + tree
              + " ...");
      out.flush();
      BoundedProcess.Outcome mvn = run(tree, timeout, "mvn", "-q", "-B", "-DskipTests", "package");
      Path jar = tree.resolve("mfn-runner/target/mfn-runner.jar");
      if (!mvn.succeeded() || !Files.isRegularFile(jar)) {
        throw new AbException(
            ExitCodes.RUNTIME,
            "--base-ref: the build of "
                + ref
                + " failed"
                + (mvn.timedOut()
                    ? " (timed out)"
                    : mvn.succeeded() ? " (no mfn-runner.jar)" : " (exit " + mvn.exitCode() + ")")
                + ": "
                + lastLines(mvn.output()));
      }
      build = new BaseRefBuild(repository, directory, tree, cleanup, jar);
      return build;
    } finally {
      if (build == null) {
        remove(repository, tree, directory);
        Runtime.getRuntime().removeShutdownHook(cleanup);
      }
    }
  }

  /** Returns the built runner jar. */
  public Path jar() {
    return jar;
  }

  /** Removes the worktree and its directory. */
  @Override
  public void close() {
    remove(repository, tree, directory);
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // shutting down: the hook runs anyway
    }
  }

  private static void remove(Path repository, Path tree, Path directory) {
    if (Files.exists(tree)) {
      run(
          repository,
          Duration.ofMinutes(1),
          "git",
          "worktree",
          "remove",
          "--force",
          tree.toString());
    }
    run(repository, Duration.ofSeconds(30), "git", "worktree", "prune");
    try (var walk = Files.walk(directory)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // best effort: a temporary directory
    }
  }

  private static BoundedProcess.Outcome run(Path dir, Duration timeout, String... command) {
    try {
      return BoundedProcess.run(
          new ProcessBuilder(List.of(command)).directory(dir.toFile()), timeout);
    } catch (IOException e) {
      return new BoundedProcess.Outcome(127, false, command[0] + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new BoundedProcess.Outcome(130, false, "interrupted");
    }
  }

  private static String lastLines(String output) {
    String[] lines = output.strip().split("\n");
    List<String> tail = new ArrayList<>();
    for (int i = Math.max(0, lines.length - 5); i < lines.length; i++) {
      tail.add(lines[i]);
    }
    return String.join(" | ", tail);
  }
}
