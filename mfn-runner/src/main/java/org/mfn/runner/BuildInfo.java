package org.mfn.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What the build recorded about itself in {@code version.properties} (filtered by Maven, the commit
 * from git-commit-id-maven-plugin): the version, and the commit the jar was built from. Immutable.
 *
 * @param version e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown}
 * @param commit the 40-hex commit, suffixed {@code -dirty} when the build's tree had uncommitted
 *     changes; null when the build was not made from a git checkout
 */
public record BuildInfo(String version, String commit) {
  private static final String RESOURCE = "/org/mfn/runner/version.properties";
  private static final BuildInfo THIS_BUILD = load();

  /** The build of this jar (or of these classes). */
  public static BuildInfo current() {
    return THIS_BUILD;
  }

  private static BuildInfo load() {
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return of(properties);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads the build's properties; placeholders Maven left unresolved count as absent.
   *
   * @param properties {@code version}, {@code commit}, {@code dirty}
   * @return the build description
   */
  static BuildInfo of(Properties properties) {
    String version = resolved(properties.getProperty("version"));
    String commit = resolved(properties.getProperty("commit"));
    if (commit != null && !commit.matches("[0-9a-f]{40}")) {
      commit = null;
    }
    if (commit != null && "true".equals(properties.getProperty("dirty"))) {
      commit = commit + "-dirty";
    }
    return new BuildInfo(version == null ? "unknown" : version, commit);
  }

  private static String resolved(String value) {
    return value == null || value.isBlank() || value.contains("${") ? null : value.trim();
  }
}
