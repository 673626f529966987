package org.mfn.core.regression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The documented simulation of interleaved A/B against separate runs at the same budget (printed):
 * on a drifting machine, interleaved pairs keep A/A false regressions at most 1% and find a 5%
 * slowdown of a steady benchmark in at least 90% of trials at 10 rounds, while separate runs of the
 * same forks call a fifth of identical benchmarks REGRESSED.
 */
class AbPowerSimulationTest {
  @Test
  void onADriftingMachine_interleavedPairsMeetTheGoals_andSeparateRunsDoNot() {
    AbPowerSimulation.Rates six = AbPowerSimulation.thisMachine(6).run(300, 11);
    AbPowerSimulation.Rates ten = AbPowerSimulation.thisMachine(10).run(300, 12);
    System.out.printf(
        "A/B simulation (5 benchmarks, 1%% fork noise, 4%%+3%% drift): 6 rounds: interleaved A/A"
            + " false %.2f%%, 5%% found %.1f%%; separate A/A false %.2f%%, 5%% found %.1f%%."
            + " 10 rounds: interleaved %.2f%% / %.1f%%; separate %.2f%% / %.1f%%%n",
        100 * six.interleavedFalse(),
        100 * six.interleavedPower(),
        100 * six.separateFalse(),
        100 * six.separatePower(),
        100 * ten.interleavedFalse(),
        100 * ten.interleavedPower(),
        100 * ten.separateFalse(),
        100 * ten.separatePower());
    assertThat(ten.interleavedFalse()).isLessThanOrEqualTo(0.01);
    assertThat(six.interleavedFalse()).isLessThanOrEqualTo(0.01);
    assertThat(ten.interleavedPower()).isGreaterThanOrEqualTo(0.90);
    assertThat(ten.separateFalse()).isGreaterThan(0.05);
  }
}
