package org.mfn.runner.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuetPairingTest {
  private static final long MS = 1_000_000L;

  private static ForkRunner.Fork fork(List<Double> scores, long firstEndMs, long stepMs) {
    List<Long> ends =
        java.util.stream.LongStream.range(0, scores.size())
            .map(i -> (firstEndMs + i * stepMs) * MS)
            .boxed()
            .toList();
    return new ForkRunner.Fork("ns/op", scores, ends);
  }

  @Test
  void forksThatRanSideBySide_pairEveryIteration() {
    ForkRunner.Fork old = fork(List.of(1.0, 2.0, 3.0), 1000, 500);
    ForkRunner.Fork now = fork(List.of(10.0, 20.0, 30.0), 1040, 500);
    DuetPairing.Paired p = DuetPairing.pair(old, now, 500 * MS);
    assertThat(p.timed()).isTrue();
    assertThat(p.old()).containsExactly(1.0, 2.0, 3.0);
    assertThat(p.now()).containsExactly(10.0, 20.0, 30.0);
  }

  @Test
  void aForkThatStartedOneIterationLater_isPairedWithWhatRanAtTheSameTime() {
    ForkRunner.Fork old = fork(List.of(1.0, 2.0, 3.0, 4.0), 1000, 500);
    ForkRunner.Fork now = fork(List.of(10.0, 20.0, 30.0, 40.0), 1510, 500);
    DuetPairing.Paired p = DuetPairing.pair(old, now, 500 * MS);
    // OLD's 2nd..4th iterations ran beside NEW's 1st..3rd; OLD's 1st and NEW's 4th ran alone.
    assertThat(p.old()).containsExactly(2.0, 3.0, 4.0);
    assertThat(p.now()).containsExactly(10.0, 20.0, 30.0);
    assertThat(p.offered()).isEqualTo(4);
    assertThat(p.oldMean()).isEqualTo(3.0);
    assertThat(p.newMean()).isEqualTo(20.0);
  }

  @Test
  void iterationsThatOverlapByLessThanHalf_areNotPaired() {
    ForkRunner.Fork old = fork(List.of(1.0, 2.0), 1000, 500);
    ForkRunner.Fork now = fork(List.of(10.0, 20.0), 1300, 500);
    // Each overlaps its partner by 200 ms of 500: not the same moment.
    DuetPairing.Paired p = DuetPairing.pair(old, now, 500 * MS);
    assertThat(p.old()).containsExactly(2.0);
    assertThat(p.now()).containsExactly(10.0);
  }

  @Test
  void forksThatNeverOverlapped_pairNothing() {
    ForkRunner.Fork old = fork(List.of(1.0, 2.0), 1000, 500);
    ForkRunner.Fork now = fork(List.of(10.0, 20.0), 9000, 500);
    assertThat(DuetPairing.pair(old, now, 500 * MS).old()).isEmpty();
  }

  @Test
  void withoutIterationTimes_pairsByIndex() {
    ForkRunner.Fork old = new ForkRunner.Fork("ns/op", List.of(1.0, 2.0, 3.0));
    ForkRunner.Fork now = new ForkRunner.Fork("ns/op", List.of(10.0, 20.0));
    DuetPairing.Paired p = DuetPairing.pair(old, now, 500 * MS);
    assertThat(p.timed()).isFalse();
    assertThat(p.old()).containsExactly(1.0, 2.0);
    assertThat(p.now()).containsExactly(10.0, 20.0);
  }

  @Test
  void badInput_isRefusedNamingTheValue() {
    ForkRunner.Fork f = new ForkRunner.Fork("ns/op", List.of(1.0));
    assertThatThrownBy(() -> DuetPairing.pair(f, f, 0)).hasMessageContaining(": 0");
    assertThatThrownBy(() -> new ForkRunner.Fork("ns/op", List.of(1.0, 2.0), List.of(5L)))
        .hasMessageContaining("end times 1 for 2 iterations");
  }
}
