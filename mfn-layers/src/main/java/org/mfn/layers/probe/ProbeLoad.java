package org.mfn.layers.probe;

import java.time.Duration;
import org.mfn.core.harness.Harness;

/**
 * The load a probe offers and how long it measures.
 *
 * @param ratePerSecond operations per second (positive)
 * @param warmup unrecorded time per round
 * @param duration recorded time per round
 * @param rounds rounds
 */
public record ProbeLoad(double ratePerSecond, Duration warmup, Duration duration, int rounds) {
  /** A harness measurement at this load over the given flows. */
  Harness.Builder harness(String name, int flows) {
    return Harness.measure(name)
        .flowCount(flows)
        .fixedRate(ratePerSecond)
        .warmup(warmup)
        .duration(duration)
        .rounds(rounds);
  }
}
