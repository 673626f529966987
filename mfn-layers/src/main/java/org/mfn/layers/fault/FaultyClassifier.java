package org.mfn.layers.fault;

import java.util.concurrent.locks.LockSupport;
import org.mfn.layers.pipeline.FlowClassifier;
import org.mfn.layers.pipeline.TracePackets;

/**
 * A DSR stage that can be made slow (each call waits) or failing (each call throws), to inject the
 * slow path's faults. The mode may be changed from another thread.
 */
public final class FaultyClassifier implements FlowClassifier {
  /** What the classifier does. */
  public enum Mode {
    /** Classifies normally. */
    NORMAL,
    /** Waits {@link #delayNanos} before classifying. */
    SLOW,
    /** Throws. */
    FAILING
  }

  private final FlowClassifier inner;
  private final long delayNanos;
  private volatile Mode mode = Mode.NORMAL;

  /**
   * Wraps a classifier.
   *
   * @param inner the real classifier
   * @param delayNanos how long a slow call waits, nanoseconds
   */
  public FaultyClassifier(FlowClassifier inner, long delayNanos) {
    this.inner = inner;
    this.delayNanos = delayNanos;
  }

  /** Sets the mode. */
  public void mode(Mode m) {
    this.mode = m;
  }

  @Override
  public int classify(TracePackets packets, int template) {
    switch (mode) {
      case SLOW -> LockSupport.parkNanos(delayNanos);
      case FAILING -> throw new IllegalStateException("the classifier is failing (injected)");
      default -> {}
    }
    return inner.classify(packets, template);
  }

  @Override
  public void forget() {
    inner.forget();
  }
}
