package org.mfn.runner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForkJvmTest {
  private static final List<String> OWN = List.of("-Xms2g", "-Xmx2g", "-XX:+UseSerialGC");

  @Test
  void own_keepsTheClassArguments() {
    assertThat(ForkJvm.OWN.keepsOwn()).isTrue();
    assertThat(ForkJvm.OWN.appendTo(OWN)).isEqualTo(OWN);
  }

  @Test
  void memoryLimit_replacesOnlyTheHeapFlags() {
    assertThat(new ForkJvm("512m", List.of()).appendTo(OWN))
        .containsExactly("-XX:+UseSerialGC", "-Xms512m", "-Xmx512m");
  }

  @Test
  void extraArguments_comeLast_soThatTheyWin() {
    assertThat(new ForkJvm(null, List.of("-Xmx4g", "-XX:+AlwaysPreTouch")).appendTo(OWN))
        .containsExactly("-Xms2g", "-Xmx2g", "-XX:+UseSerialGC", "-Xmx4g", "-XX:+AlwaysPreTouch");
  }

  @Test
  void anArgumentThatIsNotAnOption_isRefusedByName() {
    assertThatThrownBy(() -> new ForkJvm(null, List.of("-Xss2m", "oops")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a JVM argument must be an option starting with '-': 'oops'");
  }
}
