package org.mfn.layers.pipeline;

import java.util.Arrays;
import org.mfn.core.flow.FlowHash;
import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.core.workload.FlowPatternGenerator;
import org.mfn.core.workload.FlowTrace;

/**
 * The packets a pipeline handles: a generated trace's keys, each packet's flow and size, and each
 * flow's feature sequence (what the DSR stage classifies a new flow by).
 *
 * <p>Flows of the same application look alike, so each flow takes one of a pool of labelled feature
 * sequences ({@code templates}), chosen by a hash of its flow id so that the label does not follow
 * the flow's popularity. Immutable; the arrays are shared, not copied, and must not be modified. A
 * {@link #partition} keeps the packets of a subset of the flows, as receive-side scaling gives each
 * core the flows its hash selects.
 */
public final class TracePackets {
  private final FlowKeyLayout layout;
  private final long[] keyWords;
  private final int[] flows;
  private final int[] sizes;
  private final int[] templateOfFlow;
  private final FlowPatternGenerator.Sequences templates;
  private final long totalBytes;

  private TracePackets(
      FlowKeyLayout layout,
      long[] keyWords,
      int[] flows,
      int[] sizes,
      int[] templateOfFlow,
      FlowPatternGenerator.Sequences templates) {
    this.layout = layout;
    this.keyWords = keyWords;
    this.flows = flows;
    this.sizes = sizes;
    this.templateOfFlow = templateOfFlow;
    this.templates = templates;
    long bytes = 0;
    for (int size : sizes) {
      bytes += size;
    }
    this.totalBytes = bytes;
  }

  /**
   * Combines a trace with a pool of feature sequences.
   *
   * @param trace the packets
   * @param templates the labelled feature sequences; at least one
   * @return the packets
   * @throws IllegalArgumentException if the pool is empty
   */
  public static TracePackets of(FlowTrace trace, FlowPatternGenerator.Sequences templates) {
    if (templates.count() < 1) {
      throw new IllegalArgumentException("the template pool is empty: " + templates.count());
    }
    int[] templateOf = new int[trace.distinctFlows()];
    for (int f = 0; f < templateOf.length; f++) {
      templateOf[f] = (int) Long.remainderUnsigned(FlowHash.fmix64(f + 1L), templates.count());
    }
    return new TracePackets(
        trace.layout(),
        trace.keyWords(),
        trace.packetFlows(),
        trace.packetSizes(),
        templateOf,
        templates);
  }

  /**
   * Keeps the packets of the flows whose hash selects {@code part} of {@code parts}.
   *
   * @param parts number of parts, at least 1
   * @param part which one, {@code 0 .. parts - 1}
   * @return the packets of that part, in trace order
   * @throws IllegalArgumentException if the part is out of range
   */
  public TracePackets partition(int parts, int part) {
    if (parts < 1 || part < 0 || part >= parts) {
      throw new IllegalArgumentException(
          "part must be in 0.." + (parts - 1) + " of at least 1 part: " + part + " of " + parts);
    }
    int[] keep = new int[flows.length];
    int n = 0;
    for (int p = 0; p < flows.length; p++) {
      if (partOf(flows[p], parts) == part) {
        keep[n++] = p;
      }
    }
    int[] f = new int[n];
    int[] s = new int[n];
    for (int i = 0; i < n; i++) {
      f[i] = flows[keep[i]];
      s[i] = sizes[keep[i]];
    }
    return new TracePackets(layout, keyWords, f, s, templateOfFlow, templates);
  }

  /** Returns the part a flow belongs to among {@code parts}: its hash modulo the parts. */
  static int partOf(int flow, int parts) {
    return (int) Long.remainderUnsigned(FlowHash.fmix64(~(long) flow), parts);
  }

  /** Returns the key layout. */
  public FlowKeyLayout layout() {
    return layout;
  }

  /** Returns the packed keys of every flow (shared). */
  public long[] keyWords() {
    return keyWords;
  }

  /** Returns the words per key. */
  public int stride() {
    return layout.words();
  }

  /** Returns the number of packets. */
  public int packetCount() {
    return flows.length;
  }

  /** Returns a packet's flow id. */
  public int flowOf(int packet) {
    return flows[packet];
  }

  /** Returns a packet's size in bytes. */
  public int sizeOf(int packet) {
    return sizes[packet];
  }

  /** Returns the index of a flow's first key word in {@link #keyWords()}. */
  public int keyOffset(int flow) {
    return flow * layout.words();
  }

  /** Returns the feature sequence (template) of a flow. */
  public int templateOf(int flow) {
    return templateOfFlow[flow];
  }

  /** Returns the pool of feature sequences. */
  public FlowPatternGenerator.Sequences templates() {
    return templates;
  }

  /** Returns the number of distinct flows the keys cover. */
  public int flowCount() {
    return templateOfFlow.length;
  }

  /** Returns the mean packet size, bytes. */
  public double meanPacketBytes() {
    return flows.length == 0 ? 0 : (double) totalBytes / flows.length;
  }

  /** Returns the distinct flows that have at least one packet here. */
  public int[] distinctFlows() {
    return Arrays.stream(flows).distinct().toArray();
  }
}
