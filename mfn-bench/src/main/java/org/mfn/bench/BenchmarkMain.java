package org.mfn.bench;

import java.util.regex.Pattern;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks of one class with the settings of its annotations: what every benchmark
 * class's {@code main} calls, so that one class runs from an IDE. JMH command-line options given to
 * {@code main} (e.g. {@code -f 1 -wi 2}) override the annotations.
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  /**
   * Runs one class.
   *
   * @param benchmarkClass the class whose benchmarks run
   * @param args JMH command-line options
   * @throws RunnerException if JMH fails
   * @throws CommandLineOptionException if an option is malformed
   */
  public static void run(Class<?> benchmarkClass, String... args)
      throws RunnerException, CommandLineOptionException {
    new Runner(
            new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include("^" + Pattern.quote(benchmarkClass.getName()) + "\\.")
                .shouldFailOnError(true)
                .build())
        .run();
  }
}
