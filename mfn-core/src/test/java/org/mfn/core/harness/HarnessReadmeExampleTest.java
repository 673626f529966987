package org.mfn.core.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;

/** The README's harness example, as written: compiled against this module, run, its file read. */
class HarnessReadmeExampleTest {
  private static final String MARKER = "<!-- compiled and run by HarnessReadmeExampleTest -->";

  @TempDir Path dir;

  @Test
  void theReadmesExample_compilesRuns_andWritesAResultsFileTheRunnerReads() throws Exception {
    List<String> readme = Files.readAllLines(Path.of("..", "README.md"));
    int at = readme.indexOf(MARKER);
    assertThat(at).as("the README marks its harness example").isPositive();
    assertThat(readme.get(at + 1)).isEqualTo("```java");
    int end = readme.subList(at + 2, readme.size()).indexOf("```") + at + 2;
    String source = String.join("\n", readme.subList(at + 2, end));
    Path file = dir.resolve("HarnessExample.java");
    Files.writeString(file, source);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int compiled =
        javac.run(
            null,
            null,
            errors,
            "-cp",
            System.getProperty("java.class.path"),
            "-d",
            dir.toString(),
            file.toString());
    assertThat(compiled).as(errors.toString(StandardCharsets.UTF_8)).isZero();

    Path results = dir.resolve("harness-results.json");
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      loader
          .loadClass("HarnessExample")
          .getMethod("main", String[].class)
          .invoke(null, (Object) new String[] {results.toString()});
    } finally {
      System.setOut(out);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .matches("(?s)p99 [0-9.]+ us \\(uncorrected [0-9.]+ us\\), [0-9]+ ops/s\\R");
    RunResult run = ResultsJson.read(results);
    assertThat(run.benchmarks())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.benchmark()).isEqualTo("com.example.CacheProbe.get");
              assertThat(b.params()).containsEntry("flows", "10000");
              assertThat(b.mode()).isEqualTo("harness-fixed-rate");
              assertThat(b.threads()).isEqualTo(2);
            });
  }
}
