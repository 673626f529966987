package org.mfn.layers.pipeline;

import org.mfn.layers.baseline.FiveTupleKey;
import org.mfn.layers.baseline.HashMapFlowStore;
import org.mfn.layers.baseline.HttpRouteClient;

/**
 * The same decisions made the traditional way: each packet's key parsed into a {@link FiveTupleKey}
 * object and looked up in a {@code HashMap} ({@link HashMapFlowStore}); a new flow classified by
 * naive cosine search ({@link NaiveClassifier}), routed by asking a route server over HTTP on
 * loopback ({@link HttpFlowRouter}) and forecast by the seasonal naive method. The route server
 * must run the same {@link PipelineTopology}'s routing for the decisions to agree with the MFN
 * pipeline's. Single-threaded.
 */
public final class BaselinePipeline implements PacketPipeline {
  private final HashMapFlowStore store;
  private final SlowPath slowPath;
  private TracePackets pendingPackets;
  private int pendingFlow;
  private long pendingNow;

  /**
   * Creates the pipeline.
   *
   * @param expectedFlows the store's expected size
   * @param models trained models, owned by this pipeline
   * @param topology the network (ingress and egress of a flow)
   * @param routeClient a client of a route server over the same topology, or {@code null} for a
   *     pipeline whose flows are all installed up front ({@link #install}); its slow path then
   *     throws {@link IllegalStateException}
   */
  public BaselinePipeline(
      int expectedFlows,
      PipelineModels models,
      PipelineTopology topology,
      HttpRouteClient routeClient) {
    this.slowPath =
        new SlowPath(
            new NaiveClassifier(models),
            routeClient != null ? new HttpFlowRouter(routeClient) : BaselinePipeline::noServer,
            LoadForecasts.seasonalNaive(models),
            topology);
    this.store = new HashMapFlowStore(expectedFlows, key -> onMiss());
  }

  private static org.mfn.layers.alm.RouteDecision noServer(long hash, int ingress, int egress) {
    throw new IllegalStateException(
        "this baseline pipeline has no route server, so every flow must be installed up front");
  }

  private int onMiss() {
    return slowPath.decide(pendingPackets, pendingFlow, pendingNow);
  }

  @Override
  public int process(TracePackets packets, int packet, long nowNanos) {
    int flow = packets.flowOf(packet);
    pendingPackets = packets;
    pendingFlow = flow;
    pendingNow = nowNanos;
    FiveTupleKey key =
        FiveTupleKey.of(packets.keyWords(), packets.keyOffset(flow), packets.layout());
    return store.process(key, packets.sizeOf(packet), nowNanos);
  }

  @Override
  public long processBurst(TracePackets packets, int from, int count, long nowNanos, int[] routes) {
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      routes[i] = process(packets, from + i, nowNanos);
      bytes += packets.sizeOf(from + i);
    }
    return bytes;
  }

  /**
   * Removes a flow, so that its next packet takes the slow path again.
   *
   * @return whether it was installed
   */
  public boolean forgetFlow(TracePackets packets, int flow) {
    return store.remove(
        FiveTupleKey.of(packets.keyWords(), packets.keyOffset(flow), packets.layout()));
  }

  /** Forgets the slow path's caches. */
  public void forgetCaches() {
    slowPath.forgetCaches();
  }

  /**
   * Installs a flow with a decision made elsewhere, without asking the slow path (to fill the store
   * to a size for a memory measurement).
   */
  public void install(TracePackets packets, int flow, int routeId) {
    store.install(
        FiveTupleKey.of(packets.keyWords(), packets.keyOffset(flow), packets.layout()), routeId);
  }

  @Override
  public long hits() {
    return store.hits();
  }

  @Override
  public long misses() {
    return store.misses();
  }

  /** Returns the flows in the store. */
  public int activeFlows() {
    return store.size();
  }

  /** Returns the slow path's stage times. */
  public StageTimes stageTimes() {
    return slowPath.times();
  }

  /** Returns the sum of the forecasts made. */
  public double forecastSum() {
    return slowPath.forecastSum();
  }
}
