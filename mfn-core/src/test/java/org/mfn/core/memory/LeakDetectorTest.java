package org.mfn.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LeakDetectorTest {
  /** What the deliberate leak keeps: reachable from the test, so it grows every round. */
  private final List<byte[]> leaked = new ArrayList<>();

  private long sink;

  @Test
  void run_deliberateLeakOfHalfAMegabyteARound_isSuspectedWithItsSlope() {
    LeakReport report = LeakDetector.defaults().run(() -> leaked.add(new byte[512 * 1024]));
    assertThat(report.suspected()).as(report.describe()).isTrue();
    assertThat(report.slopeBytesPerRound()).isBetween(400_000.0, 650_000.0);
    assertThat(report.retainedBytes()).hasSize(LeakDetector.DEFAULT_ROUNDS);
  }

  @Test
  void run_workloadThatAllocatesButKeepsNothing_isNotSuspected() {
    LeakReport report =
        LeakDetector.defaults()
            .run(
                () -> {
                  List<byte[]> garbage = new ArrayList<>();
                  for (int i = 0; i < 64; i++) {
                    garbage.add(new byte[16 * 1024]);
                  }
                  sink += garbage.size();
                });
    assertThat(report.suspected()).as(report.describe()).isFalse();
    assertThat(Math.abs(report.growthBytes())).isLessThan(LeakDetector.DEFAULT_MIN_GROWTH_BYTES);
  }

  @Test
  void judge_noisyFlatSeries_isNotSuspected_inNineteenOfTwentySeeds() {
    LeakDetector detector = new LeakDetector(0, 12, 1 << 20, 0.95);
    int falseAlarms = 0;
    for (int seed = 0; seed < 20; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      long[] series = new long[12];
      for (int i = 0; i < series.length; i++) {
        series[i] = 50_000_000L + (long) (random.nextGaussian() * 200_000);
      }
      falseAlarms += detector.judge(series).suspected() ? 1 : 0;
    }
    assertThat(falseAlarms).isLessThanOrEqualTo(1);
  }

  @Test
  void judge_cleanStepOfTinyGrowth_isBelowTheMinimumAndNotALeak() {
    long[] series = new long[12];
    for (int i = 0; i < series.length; i++) {
      series[i] = 50_000_000L + i * 1_000L; // 11 KB over the run: JIT bookkeeping, not a leak
    }
    LeakReport report = new LeakDetector(0, 12, 1 << 20, 0.95).judge(series);
    assertThat(report.slopeBytesPerRound()).isEqualTo(1_000.0);
    assertThat(report.suspected()).isFalse();
  }

  @Test
  void constructor_badValues_areRejectedNamingThem() {
    assertThatThrownBy(() -> new LeakDetector(0, 2, 0, 0.95)).hasMessageContaining(": 2");
    assertThatThrownBy(() -> new LeakDetector(-1, 5, 0, 0.95)).hasMessageContaining("-1");
    assertThatThrownBy(() -> new LeakDetector(0, 5, 0, 1.0)).hasMessageContaining("1.0");
  }
}
