package org.mfn.runner.cli;

import org.mfn.runner.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** The version of MFN Bench and the commit it was built from ({@link BuildInfo}). */
public final class VersionProvider implements IVersionProvider {
  /**
   * Returns the version string.
   *
   * @return e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown}
   */
  public static String version() {
    return BuildInfo.current().version();
  }

  @Override
  public String[] getVersion() {
    String commit = BuildInfo.current().commit();
    return new String[] {
      "MFN Bench " + version() + (commit == null ? "" : " (commit " + commit + ")"),
      "JVM: " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
