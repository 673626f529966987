package org.mfn.runner.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.mfn.core.result.EnvironmentInfo;
import org.mfn.runner.BuildInfo;

/**
 * Records the machine, the JVM and the commit the runner was built from ({@link BuildInfo}; not the
 * directory the run was started in). Stateless.
 */
public final class EnvironmentProbe {
  private EnvironmentProbe() {}

  /**
   * Describes this environment.
   *
   * @param mfnVersion the runner's version
   * @param start when the run started
   * @return the description, without an end time
   */
  public static EnvironmentInfo describe(String mfnVersion, Instant start) {
    Runtime runtime = Runtime.getRuntime();
    return new EnvironmentInfo(
        mfnVersion,
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        System.getProperty("java.vm.vendor"),
        ManagementFactory.getRuntimeMXBean().getInputArguments(),
        List.of(),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("os.arch"),
        cpuModel(),
        runtime.availableProcessors(),
        runtime.maxMemory(),
        BuildInfo.current().commit(),
        start.toString(),
        null);
  }

  static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    try {
      if (Files.isReadable(cpuinfo)) {
        for (String line : Files.readAllLines(cpuinfo)) {
          if (line.startsWith("model name")) {
            return line.substring(line.indexOf(':') + 1).trim();
          }
        }
      }
    } catch (IOException e) {
      // fall through: the model is informational
    }
    return "unknown";
  }
}
