package org.mfn.runner.run;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import org.mfn.core.result.EnvironmentInfo;
import org.mfn.runner.BuildInfo;
import oshi.SystemInfo;

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

  /** The CPU's model name as the OS reports it (OSHI), or {@code unknown}. */
  static String cpuModel() {
    try {
      String name =
          new SystemInfo().getHardware().getProcessor().getProcessorIdentifier().getName();
      return name == null || name.isBlank() ? "unknown" : name.trim();
    } catch (RuntimeException | LinkageError e) {
      return "unknown"; // informational only: an unsupported platform must not stop a run
    }
  }
}
