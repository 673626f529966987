package org.mfn.layers.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mfn.core.result.FaultOutcome;
import org.mfn.core.result.IntervalStats;

/** Reading before, during, after and the recovery from a synthetic timeline. */
class FaultRunTest {
  /** 30 intervals of 0.1 s: p99 10 us, 500 us from 1.0 s to 2.0 s, back at 2.3 s. */
  private static List<IntervalStats> timeline() {
    List<IntervalStats> t = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      double start = i * 0.1;
      double p99 = i >= 10 && i < 23 ? 500 : 10;
      t.add(new IntervalStats(start, 100, 1000, p99 / 2, (double) p99));
    }
    return t;
  }

  @Test
  void aWindowedFault_hasBeforeDuringAfter_andRecoversWhenP99IsBack() {
    FaultOutcome o = FaultRun.analyse("x", "f", 1000, 1.0, 2.0, false, timeline(), 3, 0);
    assertThat(o.before().intervals()).isEqualTo(10);
    assertThat(o.during().intervals()).isEqualTo(10);
    assertThat(o.after().intervals()).isEqualTo(10);
    assertThat(o.before().p99Micros()).isEqualTo(10.0);
    assertThat(o.during().p99Micros()).isEqualTo(500.0);
    assertThat(o.recoverySeconds()).isCloseTo(0.3, within(1e-9));
    assertThat(o.dropped()).isEqualTo(3);
  }

  @Test
  void anInstantFault_isReadFromTheIntervalAfterIt() {
    FaultOutcome o = FaultRun.analyse("x", "f", 1000, 1.0, 1.0, true, timeline(), 0, 0);
    assertThat(o.during().intervals()).isEqualTo(1);
    assertThat(o.after().intervals()).isEqualTo(19);
    assertThat(o.recoverySeconds()).isCloseTo(1.3, within(1e-9));
  }

  @Test
  void aFaultThatNeverRecovers_hasNoRecoveryTime() {
    List<IntervalStats> t = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      t.add(new IntervalStats(i * 0.1, 100, 1000, 5.0, i >= 10 ? 900.0 : 10.0));
    }
    assertThat(FaultRun.analyse("x", "f", 1000, 1.0, 2.0, false, t, 0, 0).recoverySeconds())
        .isNull();
  }
}
