package org.mfn.layers.fault;

import org.mfn.layers.pipeline.FlowClassifier;
import org.mfn.layers.pipeline.TracePackets;

/**
 * A circuit breaker in front of the DSR stage, so that a slow or failing classifier costs the
 * pipeline a few slow decisions rather than stalling it: a call that throws or takes longer than
 * the budget counts as a failure; after {@code threshold} failures in a row the breaker opens and
 * new flows get the default class (a default route) without calling the classifier; after the
 * cool-down one call is let through (half-open), and a success closes the breaker again.
 */
public final class GuardedClassifier implements FlowClassifier {
  /** The class given while the breaker is open or a call fails. */
  public static final int DEFAULT_CLASS = 0;

  private final FlowClassifier inner;
  private final long budgetNanos;
  private final int threshold;
  private final long coolDownNanos;
  private int failuresInARow;
  private long openUntil;
  private long fallbacks;

  /**
   * Guards a classifier.
   *
   * @param inner the classifier
   * @param budgetNanos the longest a call may take before it counts as a failure
   * @param threshold failures in a row that open the breaker (at least 1)
   * @param coolDownNanos how long the breaker stays open before it tries again
   */
  public GuardedClassifier(
      FlowClassifier inner, long budgetNanos, int threshold, long coolDownNanos) {
    if (budgetNanos <= 0 || threshold < 1 || coolDownNanos <= 0) {
      throw new IllegalArgumentException(
          "budget, threshold and cool-down must be positive: "
              + budgetNanos
              + ", "
              + threshold
              + ", "
              + coolDownNanos);
    }
    this.inner = inner;
    this.budgetNanos = budgetNanos;
    this.threshold = threshold;
    this.coolDownNanos = coolDownNanos;
  }

  @Override
  public int classify(TracePackets packets, int template) {
    long now = System.nanoTime();
    if (openUntil != 0 && now < openUntil) {
      fallbacks++;
      return DEFAULT_CLASS;
    }
    try {
      int c = inner.classify(packets, template);
      if (System.nanoTime() - now > budgetNanos) {
        failed(System.nanoTime());
      } else {
        failuresInARow = 0;
        openUntil = 0;
      }
      return c;
    } catch (RuntimeException e) {
      failed(System.nanoTime());
      fallbacks++;
      return DEFAULT_CLASS;
    }
  }

  private void failed(long now) {
    failuresInARow++;
    if (failuresInARow >= threshold) {
      openUntil = now + coolDownNanos;
    }
  }

  /** Whether the breaker is open now. */
  public boolean open() {
    return openUntil != 0 && System.nanoTime() < openUntil;
  }

  /** Returns the decisions that took the default class. */
  public long fallbacks() {
    return fallbacks;
  }

  @Override
  public void forget() {
    inner.forget();
  }
}
