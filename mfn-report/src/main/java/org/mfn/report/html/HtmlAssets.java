package org.mfn.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The inlined assets: uPlot's script and style from its webjar, and the report's own. */
final class HtmlAssets {
  private static final String UPLOT = "/META-INF/resources/webjars/uplot/1.6.30/dist/";

  private HtmlAssets() {}

  static String uplotScript() {
    return resource(UPLOT + "uPlot.iife.min.js");
  }

  static String uplotStyle() {
    return resource(UPLOT + "uPlot.min.css");
  }

  static String reportStyle() {
    return resource("/org/mfn/report/html/report.css");
  }

  static String reportScript() {
    return resource("/org/mfn/report/html/report.js");
  }

  private static String resource(String path) {
    try (InputStream in = HtmlAssets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("report asset missing from the class path: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("</script", "<\\/script");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
