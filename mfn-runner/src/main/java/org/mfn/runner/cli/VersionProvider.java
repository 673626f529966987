package org.mfn.runner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of MFN Bench, from the build-filtered {@code version.properties}. */
public final class VersionProvider implements IVersionProvider {
  /**
   * Returns the version string.
   *
   * @return e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown}
   */
  public static String version() {
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/org/mfn/runner/version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "unknown");
      }
    } catch (IOException e) {
      // the version is informational
    }
    return "unknown";
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "MFN Bench " + version(),
      "JVM: " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
