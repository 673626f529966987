package org.mfn.layers.alm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoadBalancerTest {

  @Test
  void weightedRoundRobin_givesEachBackendExactlyItsWeightPerCycle_interleaved() {
    int[] weights = {5, 1, 1, 3, 2};
    SmoothWeightedRoundRobin rr = new SmoothWeightedRoundRobin(weights);
    for (int cycle = 0; cycle < 3; cycle++) {
      int[] counts = new int[weights.length];
      int longestRun = 0;
      int run = 0;
      int last = -1;
      for (int i = 0; i < 12; i++) {
        int b = rr.select(i);
        counts[b]++;
        run = b == last ? run + 1 : 1;
        longestRun = Math.max(longestRun, run);
        last = b;
      }
      assertThat(counts).containsExactly(weights);
      assertThat(longestRun)
          .as("smooth: the heaviest backend is not chosen 5 times in a row")
          .isLessThan(3);
    }
    // nginx's published sequence for weights {5, 1, 1}: a a b a c a a
    SmoothWeightedRoundRobin nginx = new SmoothWeightedRoundRobin(new int[] {5, 1, 1});
    assertThat(nginx.cycle()).containsExactly(0, 0, 1, 0, 2, 0, 0);
  }

  @ParameterizedTest(name = "{0} backends")
  @ValueSource(ints = {3, 10, 100, 1000})
  void maglev_tableBalancedWithinOneSlot_andARemovalMovesAboutOneNth(int n) {
    MaglevHashing maglev = new MaglevHashing(n, 7);
    int m = maglev.tableSize();
    assertThat(m).isGreaterThanOrEqualTo(Math.max(65_537, 100 * n));
    int[] slots = maglev.slotsPerBackend();
    assertThat(Arrays.stream(slots).min().orElseThrow()).isGreaterThanOrEqualTo(m / n);
    assertThat(Arrays.stream(slots).max().orElseThrow()).isLessThanOrEqualTo((m + n - 1) / n);

    int[] before = new int[m];
    for (int i = 0; i < m; i++) {
      before[i] = maglev.select(i);
    }
    int gone = n / 2;
    maglev.remove(gone);
    int moved = 0;
    int movedNotFromGone = 0;
    for (int i = 0; i < m; i++) {
      int now = maglev.select(i);
      assertThat(now).isNotEqualTo(gone);
      if (now != before[i]) {
        moved++;
        movedNotFromGone += before[i] == gone ? 0 : 1;
      }
    }
    double fraction = moved / (double) m;
    // Every key of the removed backend moves (1/N of them); of the rest, Maglev's refill moves a
    // few more (its price for balance): under 1% of the table at 100 slots per backend.
    assertThat(fraction).as("keys moved").isGreaterThanOrEqualTo(slots[gone] / (double) m);
    assertThat(movedNotFromGone / (double) m).as("keys moved between the others").isLessThan(0.01);
    System.out.printf(
        "maglev %d backends: %.4f of keys moved on a removal (1/N = %.4f), %d not from it%n",
        n, fraction, 1.0 / n, movedNotFromGone);
  }

  @Test
  void powerOfTwoChoices_maxLoadWellBelowOneRandomChoice() {
    int n = 100_000;
    PowerOfTwoChoices p2c = new PowerOfTwoChoices(n);
    int[] random = new int[n];
    SplittableRandom hashes = new SplittableRandom(3);
    for (int i = 0; i < n; i++) {
      long h = hashes.nextLong();
      p2c.select(h);
      random[PowerOfTwoChoices.reduce(h, n)]++;
    }
    long p2cMax = 0;
    for (int b = 0; b < n; b++) {
      p2cMax = Math.max(p2cMax, p2c.load(b));
    }
    int randomMax = Arrays.stream(random).max().orElseThrow();
    System.out.printf(
        "n balls in n=%d bins: max load %d with two choices, %d with one%n", n, p2cMax, randomMax);
    assertThat(p2cMax).isLessThanOrEqualTo(4);
    assertThat(randomMax).isGreaterThanOrEqualTo(6);
  }

  @Test
  void leastLoaded_choosesAsALinearScanWould() {
    int n = 37;
    LeastLoaded ours = new LeastLoaded(n);
    long[] model = new long[n];
    SplittableRandom random = new SplittableRandom(11);
    for (int step = 0; step < 20_000; step++) {
      if (random.nextInt(3) == 0) {
        int b = random.nextInt(n);
        ours.release(b);
        model[b] = Math.max(0, model[b] - 1);
      } else {
        int expected = 0;
        for (int b = 1; b < n; b++) {
          if (model[b] < model[expected]) {
            expected = b;
          }
        }
        assertThat(ours.select(random.nextLong())).as("step %d", step).isEqualTo(expected);
        model[expected]++;
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"maglev", "p2c", "weighted-rr", "least-loaded"})
  void selection_allocatesNothing(String name) {
    LoadBalancer balancer = LoadBalancer.named(name, 1000, 1);
    balancer.select(1);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    long sum = 0;
    for (long i = 0; i < 100_000; i++) {
      sum += balancer.select(i * 0x9E3779B97F4A7C15L);
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    assertThat(sum).isPositive();
    assertThat(allocated).as("bytes for 100,000 selections").isLessThan(1_024);
  }

  @Test
  void badInput_isRefusedNamingTheValue() {
    assertThatThrownBy(() -> LoadBalancer.named("random", 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown balancer 'random': maglev, p2c, weighted-rr or least-loaded");
    assertThatThrownBy(() -> new PowerOfTwoChoices(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a balancer needs at least 1 backend: 0");
    assertThatThrownBy(() -> new SmoothWeightedRoundRobin(new int[] {1, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of backend 1 must be at least 1: 0");
    MaglevHashing one = new MaglevHashing(1, 1);
    assertThatThrownBy(() -> one.remove(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot remove backend 0: it is the last");
    assertThatThrownBy(() -> new LeastLoaded(2).release(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("backend must be in 0..1: 2");
  }
}
