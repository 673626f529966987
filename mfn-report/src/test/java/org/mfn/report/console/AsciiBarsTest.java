package org.mfn.report.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mfn.report.ReportFixtures;

class AsciiBarsTest {

  @Test
  void render_groupsBySubject_scalesToTheLargestMean_plainAscii() {
    String chart = AsciiBars.render(ReportFixtures.sample().benchmarks());
    assertThat(chart)
        .contains(
            "Immediate Flow Registry",
            "ifr.exact-match {flowCount=100000}",
            "registry (MFN)",
            "hashMapBaseline (BASELINE)");
    assertThat(chart.chars().allMatch(c -> c < 128 || Character.isLetterOrDigit(c)))
        .as("ASCII only")
        .isTrue();
    assertThat(chart).doesNotContain("\u001b[");
    // The largest mean of a group gets the full 40-character bar.
    assertThat(chart).contains("#".repeat(40) + " ");
  }
}
