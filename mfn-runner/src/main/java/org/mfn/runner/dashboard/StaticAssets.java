package org.mfn.runner.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The dashboard's page and scripts, served from the jar by name from a fixed list: no request path
 * is ever turned into a file or resource path, so nothing outside the list can be reached ({@code
 * /../} included). Each asset is read once and kept.
 */
final class StaticAssets {
  /** Served name to class-path resource and content type. */
  private static final Map<String, String[]> ASSETS =
      Map.of(
          "index.html",
          new String[] {"/mfn-dashboard/index.html", "text/html; charset=utf-8"},
          "dashboard.js",
          new String[] {"/mfn-dashboard/dashboard.js", "text/javascript; charset=utf-8"},
          "dashboard.css",
          new String[] {"/mfn-dashboard/dashboard.css", "text/css; charset=utf-8"},
          "uPlot.iife.min.js",
          new String[] {
            "/META-INF/resources/webjars/uplot/" + uplotVersion() + "/dist/uPlot.iife.min.js",
            "text/javascript; charset=utf-8"
          },
          "uPlot.min.css",
          new String[] {
            "/META-INF/resources/webjars/uplot/" + uplotVersion() + "/dist/uPlot.min.css",
            "text/css; charset=utf-8"
          });

  private final Map<String, byte[]> bytes = new java.util.concurrent.ConcurrentHashMap<>();

  /** Returns an asset's content type, or null when there is no asset of that name. */
  String contentType(String name) {
    String[] asset = ASSETS.get(name);
    return asset == null ? null : asset[1];
  }

  /**
   * Returns an asset's bytes.
   *
   * @param name a name of the list
   * @return the bytes, or null when there is no asset of that name
   */
  byte[] read(String name) {
    String[] asset = ASSETS.get(name);
    if (asset == null) {
      return null;
    }
    return bytes.computeIfAbsent(name, n -> load(asset[0]));
  }

  private static byte[] load(String resource) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The uPlot webjar's version, from its Maven metadata in the jar. */
  private static String uplotVersion() {
    try (InputStream in =
        StaticAssets.class.getResourceAsStream(
            "/META-INF/maven/org.webjars.npm/uplot/pom.properties")) {
      if (in == null) {
        return "1.6.30";
      }
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      return p.getProperty("version", "1.6.30");
    } catch (IOException e) {
      return "1.6.30";
    }
  }
}
