package org.mfn.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.report.ChartMetric;
import org.mfn.report.ReportFixtures;

class SvgBarsTest {
  private static final Pattern WHISKER = Pattern.compile("<line x1=\"[0-9.]+\" x2=\"([0-9.]+)\"");
  private static final Pattern LABEL = Pattern.compile("<text x=\"([0-9.]+)\" y=\"\\d+\">[0-9]");

  @Test
  void valueLabels_startRightOfTheirWhiskers() {
    List<BenchmarkResult> group =
        ReportFixtures.sample().benchmarks().stream()
            .filter(b -> b.primary().statistics().ci() != null)
            .limit(4)
            .toList();
    String svg = SvgBars.of("t", group, ChartMetric.of(group, List.of()));
    List<Double> whiskerEnds = numbers(WHISKER.matcher(svg));
    List<Double> labelStarts = numbers(LABEL.matcher(svg));
    assertThat(whiskerEnds).hasSize(group.size());
    assertThat(labelStarts).hasSize(group.size());
    for (int i = 0; i < group.size(); i++) {
      assertThat(labelStarts.get(i)).isGreaterThan(whiskerEnds.get(i));
    }
  }

  private static List<Double> numbers(Matcher m) {
    List<Double> values = new ArrayList<>();
    while (m.find()) {
      values.add(Double.parseDouble(m.group(1)));
    }
    return values;
  }
}
