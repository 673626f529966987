package org.mfn.bench.tooling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A known amount of CPU work, to prove {@code ab} on real builds: JMH's {@link
 * Blackhole#consumeCPU} of {@value #BASE_TOKENS} tokens, plus the percent that the build fixed
 * ({@code mvn package -Dmfn.abFixture.extraPercent=5}, default 0, read from {@code
 * ab-fixture.properties}). Two jars built with 0 and 5 differ by 5% in this benchmark and in
 * nothing else. Not a claim; role HARNESS.
 *
 * <p>Run: {@code java -jar mfn-runner/target/mfn-runner.jar ab OLD.jar NEW.jar --include
 * AbFixture}, or {@code main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(2)
@State(Scope.Benchmark)
public class AbFixtureBenchmark {
  /** Tokens of work at 0% extra. */
  static final long BASE_TOKENS = 20_000;

  long tokens;

  /** Reads the build's extra work. */
  @Setup(Level.Trial)
  public void setUp() {
    tokens = BASE_TOKENS * (100 + extraPercent()) / 100;
  }

  /** The extra work this build was made with, percent. */
  static int extraPercent() {
    try (InputStream in = AbFixtureBenchmark.class.getResourceAsStream("ab-fixture.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return Integer.parseInt(p.getProperty("extraPercent", "0").trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The work. */
  @Benchmark
  @Measures(
      layer = Layer.TOOLING,
      subject = "tooling.ab-fixture",
      role = Role.HARNESS,
      implementation = "Blackhole.consumeCPU")
  public long work() {
    Blackhole.consumeCPU(tokens);
    return tokens;
  }

  /**
   * Runs this class.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(AbFixtureBenchmark.class, args);
  }
}
