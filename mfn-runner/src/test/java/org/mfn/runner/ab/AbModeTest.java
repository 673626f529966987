package org.mfn.runner.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mfn.core.result.MachineCheck;

class AbModeTest {
  private static final List<MachineCheck> QUIET =
      List.of(
          MachineCheck.ok("load", "0.1"),
          MachineCheck.warning("damon", "on", "reclaims memory", "turn it off"),
          MachineCheck.ok("busy-processes", "none"));

  @Test
  void auto_runsDuetOnAQuietMachine_andInterleavedWhenSomethingCompetesForTheCpus() {
    assertThat(AbMode.choose("auto", QUIET, 2, true).duet()).isTrue();
    AbMode.Choice busy =
        AbMode.choose(
            "auto",
            List.of(
                MachineCheck.warning("load", "3.4 on 2 cores", "other work", "wait"),
                MachineCheck.ok("busy-processes", "none")),
            2,
            true);
    assertThat(busy.duet()).isFalse();
    assertThat(busy.reason()).contains("load 3.4 on 2 cores");
    assertThat(AbMode.choose("auto", QUIET, 1, true).duet()).isFalse();
    assertThat(AbMode.choose("auto", QUIET, 2, false).reason()).contains("taskset");
  }

  @Test
  void explicitModes_areKept_andDuetWhereItCannotRunIsRefused() {
    assertThat(AbMode.choose("interleaved", List.of(), 2, true).duet()).isFalse();
    assertThat(AbMode.choose("duet", List.of(), 2, true).duet()).isTrue();
    assertThatThrownBy(() -> AbMode.choose("duet", List.of(), 1, true))
        .hasMessageContaining("1 CPU(s)");
    assertThatThrownBy(() -> AbMode.choose("fast", List.of(), 2, true))
        .hasMessageContaining("'fast'");
  }
}
