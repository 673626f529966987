package org.mfn.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.mfn.core.result.RunResult;
import org.mfn.report.json.ResultsJson;

/**
 * The checked-in sample: a real smoke run of Layer 1 with baselines (44 results), plus one result
 * whose benchmark name, implementation and parameter carry HTML and script, and a claim text with
 * markup, as a hostile results file would.
 */
public final class ReportFixtures {
  private ReportFixtures() {}

  /** Returns the sample's path. */
  public static Path samplePath() {
    try {
      return Path.of(ReportFixtures.class.getResource("/sample/results.json").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the sample run. */
  public static RunResult sample() {
    return ResultsJson.read(samplePath());
  }

  /** Renders a format to a string. */
  public static String render(ReportFormat format, RunResult result) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.renderer().render(result, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
