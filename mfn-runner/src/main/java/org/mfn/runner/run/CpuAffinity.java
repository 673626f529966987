package org.mfn.runner.run;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.mfn.core.io.BoundedProcess;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;

/**
 * Pins the runner, and with it the benchmark JVMs it forks (children inherit the CPU affinity), to
 * a set of CPUs with {@code taskset} from util-linux. Where taskset is missing the run stops with a
 * clear message rather than running unpinned.
 */
public final class CpuAffinity {
  private static final Pattern CPUS = Pattern.compile("\\d+(-\\d+)?(,\\d+(-\\d+)?)*");

  private CpuAffinity() {}

  /**
   * Checks the syntax of a CPU list.
   *
   * @param cpus e.g. {@code 1}, {@code 0-1}, {@code 0,2}
   * @return true if taskset would accept the list's form
   */
  public static boolean valid(String cpus) {
    return CPUS.matcher(cpus).matches();
  }

  /**
   * Pins every thread of this process.
   *
   * @param cpus the CPU list
   * @throws MfnException (exit 2) if taskset is missing or refuses the list
   */
  public static void pin(String cpus) {
    try {
      BoundedProcess.Outcome taskset =
          BoundedProcess.run(
              new ProcessBuilder(
                  "taskset", "-a", "-p", "-c", cpus, Long.toString(ProcessHandle.current().pid())),
              Duration.ofSeconds(10));
      String output = taskset.output().trim();
      if (!taskset.succeeded()) {
        // taskset prints the current affinity and then its complaint: one line for the user.
        throw new MfnException(
            ExitCodes.USAGE,
            "--cpu-affinity "
                + cpus
                + " was refused by taskset: "
                + output
                    .lines()
                    .filter(l -> l.startsWith("taskset:"))
                    .findFirst()
                    .orElse(output.replaceAll("\\s*\\R\\s*", "; ")));
      }
    } catch (IOException e) {
      throw new MfnException(
          ExitCodes.USAGE,
          "--cpu-affinity needs taskset (Debian package util-linux) on the PATH: "
              + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MfnException(ExitCodes.RUNTIME, "interrupted while pinning to CPUs " + cpus);
    }
  }
}
