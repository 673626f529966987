package org.mfn.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

  @Test
  void terminal_drawsTheOverallBar_logHasPlainLines() {
    StringWriter terminal = new StringWriter();
    new ConsoleProgress(new PrintWriter(terminal), false, true).benchmarkStarted(3, 4, "x.Y.z", 65);
    assertThat(terminal.toString())
        .startsWith("[##########..........] [3/4] x.Y.z")
        .contains("about 1m 05s left");

    StringWriter log = new StringWriter();
    new ConsoleProgress(new PrintWriter(log), false, false).benchmarkStarted(3, 4, "x.Y.z", 65);
    assertThat(log.toString())
        .startsWith("[3/4] x.Y.z")
        .contains("elapsed")
        .doesNotContain("\u001b");
  }

  @Test
  void progressLines_nameTheirIntervalConvention_onceAndOnEveryScore() {
    StringWriter log = new StringWriter();
    ConsoleProgress progress = new ConsoleProgress(new PrintWriter(log), false, false);
    progress.benchmarkStarted(1, 2, "x.Y.a", 10);
    progress.benchmarkEnded("x.Y.a", 1.261, 0.3037, "ns/op");
    progress.benchmarkStarted(2, 2, "x.Y.b", 5);
    progress.benchmarkEnded("x.Y.b", 2.5, Double.NaN, "ns/op");

    String text = log.toString();
    assertThat(text).startsWith(ConsoleProgress.LEGEND);
    assertThat(text.split(Pattern.quote(ConsoleProgress.LEGEND), -1)).hasSize(2);
    assertThat(text).contains("1.261 ns/op (± 0.3037 at 99.9%, JMH)").contains("2.500 ns/op\n");
  }

  @Test
  void duration_formatsSecondsMinutesHours() {
    assertThat(ConsoleProgress.duration(42)).isEqualTo("42s");
    assertThat(ConsoleProgress.duration(185)).isEqualTo("3m 05s");
    assertThat(ConsoleProgress.duration(3725)).isEqualTo("1h 02m");
  }
}
