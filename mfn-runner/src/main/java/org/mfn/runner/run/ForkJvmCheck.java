package org.mfn.runner.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mfn.core.io.BoundedProcess;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;

/**
 * Starts the JVM the forks will use once with the arguments the command line adds ({@code java ARGS
 * -version}), so that a flag the JVM refuses is reported before the run in one line naming it,
 * rather than as a failed fork minutes later.
 */
public final class ForkJvmCheck {
  private static final long TIMEOUT_SECONDS = 60;

  private ForkJvmCheck() {}

  /**
   * Checks that a JVM starts with the arguments.
   *
   * @param args the arguments, e.g. {@code -Xms2g -XX:+AlwaysPreTouch}
   * @param option the option they came from, for the message
   * @throws MfnException (exit 2) naming the JVM's complaint if it does not start
   */
  public static void check(List<String> args, String option) {
    if (args.isEmpty()) {
      return;
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    command.add("-version");
    try {
      BoundedProcess.Outcome java =
          BoundedProcess.run(new ProcessBuilder(command), Duration.ofSeconds(TIMEOUT_SECONDS));
      if (java.timedOut()) {
        throw new MfnException(
            ExitCodes.USAGE,
            option + " " + String.join(" ", args) + ": a JVM did not start within 60 s");
      }
      if (java.exitCode() != 0) {
        String complaint =
            java.output()
                .lines()
                .map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("Error: Could not create"))
                .filter(l -> !l.startsWith("Error: A fatal exception"))
                .findFirst()
                .orElse("exit " + java.exitCode());
        throw new MfnException(
            ExitCodes.USAGE,
            option
                + " "
                + String.join(" ", args)
                + ": the benchmark JVM does not start with it: "
                + complaint);
      }
    } catch (IOException e) {
      throw new MfnException(
          ExitCodes.USAGE, option + ": cannot start " + command.get(0) + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MfnException(ExitCodes.USAGE, option + ": interrupted while checking the JVM");
    }
  }
}
