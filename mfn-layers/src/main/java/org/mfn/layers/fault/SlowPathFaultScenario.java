package org.mfn.layers.fault;

import java.time.Duration;
import org.mfn.core.harness.FlowOperation;
import org.mfn.layers.ifr.FlowRegistry;
import org.mfn.layers.pipeline.MfnPipeline;
import org.mfn.layers.pipeline.PipelineModels;
import org.mfn.layers.pipeline.PipelineTopology;
import org.mfn.layers.pipeline.TracePackets;

/**
 * The slow path's DSR stage becomes slow (each classification waits) or fails (each throws), with
 * new flows arriving all the time (every {@value #NEW_FLOW_EVERY}th packet is a flow's first): a
 * {@link GuardedClassifier} gives new flows the default class once the classifier misses its
 * budget, so the pipeline keeps forwarding instead of stalling, and takes the classifier back once
 * it recovers.
 */
public final class SlowPathFaultScenario implements FaultScenario {
  /** One packet in this many is a new flow's first. */
  public static final int NEW_FLOW_EVERY = 10;

  /** How long a slow classification waits. */
  public static final Duration SLOW = Duration.ofMillis(5);

  /** The guard's budget per classification. */
  public static final Duration BUDGET = Duration.ofMillis(1);

  private final TracePackets packets;
  private final MfnPipeline pipeline;
  private final FaultyClassifier.Mode mode;
  private FaultyClassifier faulty;
  private GuardedClassifier guard;
  private final PacketCursor cursor;
  private long dropped;

  /**
   * Builds the scenario with every flow installed.
   *
   * @param models trained models (a copy is taken)
   * @param packets the trace
   * @param mode what the fault does: {@link FaultyClassifier.Mode#SLOW} or {@link
   *     FaultyClassifier.Mode#FAILING}
   */
  public SlowPathFaultScenario(
      PipelineModels models, TracePackets packets, FaultyClassifier.Mode mode) {
    this.packets = packets;
    this.mode = mode;
    this.cursor = new PacketCursor(packets);
    this.pipeline =
        WarmPipelines.of(
            models,
            packets,
            PipelineTopology.defaults(),
            neural -> {
              faulty = new FaultyClassifier(neural, SLOW.toNanos());
              guard =
                  new GuardedClassifier(
                      faulty, BUDGET.toNanos(), 3, Duration.ofMillis(100).toNanos());
              return guard;
            });
  }

  @Override
  public String name() {
    return mode == FaultyClassifier.Mode.SLOW ? "slow-path-slow" : "slow-path-failing";
  }

  @Override
  public String fault() {
    return mode == FaultyClassifier.Mode.SLOW
        ? "each DSR classification waits "
            + SLOW.toMillis()
            + " ms (budget "
            + BUDGET.toMillis()
            + " ms)"
        : "each DSR classification throws";
  }

  @Override
  public int flowCount() {
    return packets.flowCount();
  }

  @Override
  public FlowOperation operation() {
    return flow -> {
      int packet = cursor.next();
      if (packet % NEW_FLOW_EVERY == 0) {
        pipeline.forgetFlow(packets, packets.flowOf(packet)); // the flow's first packet
      }
      if (pipeline.process(packets, packet, System.nanoTime()) == FlowRegistry.NO_ROUTE) {
        dropped++;
      }
    };
  }

  @Override
  public void inject() {
    faulty.mode(mode);
  }

  @Override
  public void clear() {
    faulty.mode(FaultyClassifier.Mode.NORMAL);
  }

  /** Returns the new flows that got the default class. */
  public long fallbacks() {
    return guard.fallbacks();
  }

  @Override
  public long dropped() {
    return dropped;
  }
}
