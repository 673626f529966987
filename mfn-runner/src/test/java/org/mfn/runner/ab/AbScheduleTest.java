package org.mfn.runner.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbScheduleTest {

  @Test
  void schedule_isBalancedInABBABlocks_andTheSameForTheSameSeed() {
    for (long seed = 0; seed < 50; seed++) {
      List<Build[]> s = AbSchedule.of(10, seed);
      assertThat(s).hasSize(10);
      long oldFirst = s.stream().filter(o -> o[0] == Build.OLD).count();
      assertThat(oldFirst).as("seed %d", seed).isEqualTo(5);
      for (int r = 0; r < 10; r += 2) {
        assertThat(s.get(r + 1)).containsExactly(s.get(r)[1], s.get(r)[0]);
        assertThat(s.get(r)).containsExactlyInAnyOrder(Build.OLD, Build.NEW);
      }
      List<Build[]> again = AbSchedule.of(10, seed);
      for (int r = 0; r < 10; r++) {
        assertThat(again.get(r)).containsExactly(s.get(r));
      }
    }
    // Different seeds give different orders.
    assertThat(
            java.util.stream.LongStream.range(0, 20)
                .mapToObj(seed -> AbSchedule.of(2, seed).get(0)[0])
                .distinct()
                .count())
        .isEqualTo(2);
  }

  @Test
  void zeroRounds_isRefusedNamingTheValue() {
    assertThatThrownBy(() -> AbSchedule.of(0, 1)).hasMessageContaining(": 0");
  }
}
