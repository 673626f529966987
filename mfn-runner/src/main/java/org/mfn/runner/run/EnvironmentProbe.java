package org.mfn.runner.run;

import java.time.Instant;
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
    return EnvironmentInfo.ofThisJvm(
        mfnVersion, cpuModel(), BuildInfo.current().commit(), start.toString(), null);
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
