package org.mfn.core.workload;

import org.mfn.core.flow.FlowKey;
import org.mfn.core.flow.FlowKeyLayout;

/**
 * A generated packet trace: the distinct flow keys, packed, and for every packet its flow id and
 * size.
 *
 * <p>Flow ids are 0 .. {@link #distinctFlows()} - 1; the key of flow {@code f} occupies words
 * {@code f * stride() .. f * stride() + stride() - 1} of {@link #keyWords()}. Immutable after
 * construction by the generator: the arrays returned are the trace's own and must not be modified
 * (they are exposed so that benchmarks read them without copying).
 */
public final class FlowTrace {
  private final TraceConfig config;
  private final FlowKeyLayout layout;
  private final long[] keyWords;
  private final int distinctFlows;
  private final int[] packetFlows;
  private final int[] packetSizes;

  FlowTrace(
      TraceConfig config,
      FlowKeyLayout layout,
      long[] keyWords,
      int distinctFlows,
      int[] packetFlows,
      int[] packetSizes) {
    this.config = config;
    this.layout = layout;
    this.keyWords = keyWords;
    this.distinctFlows = distinctFlows;
    this.packetFlows = packetFlows;
    this.packetSizes = packetSizes;
  }

  /** Returns the configuration the trace was generated from. */
  public TraceConfig config() {
    return config;
  }

  /** Returns the layout of {@link #keyWords()}. */
  public FlowKeyLayout layout() {
    return layout;
  }

  /** Returns the words per key. */
  public int stride() {
    return layout.words();
  }

  /** Returns the number of distinct flows (active flows plus those started by churn). */
  public int distinctFlows() {
    return distinctFlows;
  }

  /** Returns the number of packets. */
  public int packetCount() {
    return packetFlows.length;
  }

  /** Returns the packed keys of all distinct flows (shared; do not modify). */
  public long[] keyWords() {
    return keyWords;
  }

  /** Returns the flow id of every packet (shared; do not modify). */
  public int[] packetFlows() {
    return packetFlows;
  }

  /** Returns the size in bytes of every packet (shared; do not modify). */
  public int[] packetSizes() {
    return packetSizes;
  }

  /**
   * Returns the key of one flow.
   *
   * @param flowId 0 .. distinctFlows-1
   * @return the key
   */
  public FlowKey key(int flowId) {
    return layout.read(keyWords, flowId * layout.words());
  }

  /** Returns the total bytes of all packets. */
  public long totalBytes() {
    long total = 0;
    for (int size : packetSizes) {
      total += size;
    }
    return total;
  }
}
