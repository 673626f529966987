package org.mfn.layers.pipeline;

import org.mfn.core.flow.FlowHasher;
import org.mfn.layers.alm.RoutingService;
import org.mfn.layers.ifr.FlowRegistry;
import org.mfn.layers.ifr.RegistryConfig;

/**
 * The MFN pipeline: each packet is looked up in the IFR flow registry; a hit is forwarded on the
 * cached route, a miss takes the slow path (DSR classifies, ALM routes, CPE forecasts) and the
 * registry installs the flow with the decision.
 *
 * <p>The fast path is the registry's lookup and nothing else: no allocation, no clock read (the
 * caller passes the time). The registry's keyed hash uses a seed, so the same trace hashes the same
 * way in every fork. Single-threaded: two threads use two pipelines over two partitions of the
 * packets (see {@link PacketPipeline}), sharing only the read-only routing tables.
 */
public final class MfnPipeline implements PacketPipeline {
  private final FlowRegistry registry;
  private final SlowPath slowPath;
  private final StageTimes times;
  private TracePackets pendingPackets;
  private int pendingFlow;
  private long pendingNow;
  private long slowPathEnded;

  /**
   * Creates a pipeline.
   *
   * @param config the registry's configuration (capacity is the most active flows)
   * @param models trained models, owned by this pipeline (pass a {@link PipelineModels#copy()})
   * @param topology the network (its routing service may be shared)
   */
  public MfnPipeline(RegistryConfig config, PipelineModels models, PipelineTopology topology) {
    this(config, models, topology, classifier -> classifier);
  }

  /**
   * Creates a pipeline whose DSR stage is wrapped, e.g. by a fault or by a guard against one.
   *
   * @param config the registry's configuration (capacity is the most active flows)
   * @param models trained models, owned by this pipeline (pass a {@link PipelineModels#copy()})
   * @param topology the network (its routing service may be shared)
   * @param wrap given the neural classifier, returns the classifier the slow path calls
   */
  public MfnPipeline(
      RegistryConfig config,
      PipelineModels models,
      PipelineTopology topology,
      java.util.function.UnaryOperator<FlowClassifier> wrap) {
    RoutingService routing = topology.routing();
    this.slowPath =
        new SlowPath(
            wrap.apply(new NeuralClassifier(models)),
            routing::decide,
            LoadForecasts.lstm(models),
            topology);
    this.times = slowPath.times();
    this.registry = new FlowRegistry(config, this::onMiss);
  }

  /**
   * A pipeline with the default registry configuration for {@code capacity} flows and a seeded hash
   * key.
   */
  public static MfnPipeline of(
      TracePackets packets, int capacity, PipelineModels models, PipelineTopology topology) {
    return new MfnPipeline(
        RegistryConfig.of(packets.layout(), capacity).withHasher(FlowHasher.seeded(7)),
        models,
        topology);
  }

  private int onMiss(long[] key, int offset) {
    int route = slowPath.decide(pendingPackets, pendingFlow, pendingNow);
    slowPathEnded = System.nanoTime();
    return route;
  }

  @Override
  public int process(TracePackets packets, int packet, long nowNanos) {
    int flow = packets.flowOf(packet);
    return processKey(
        packets,
        packets.keyWords(),
        packets.keyOffset(flow),
        flow,
        packets.sizeOf(packet),
        nowNanos);
  }

  /**
   * Handles one packet whose key was read from the wire: {@code key} holds its packed key (in the
   * packets' layout) and {@code flow} names the flow whose features the slow path would read, as a
   * forwarder reads both from the datagram.
   *
   * @param packets the trace the flow's features come from
   * @param key array holding the packed key
   * @param offset index of its first word
   * @param flow the flow id
   * @param packetBytes the packet's size
   * @param nowNanos the caller's clock
   * @return the route id
   */
  public int processKey(
      TracePackets packets, long[] key, int offset, int flow, int packetBytes, long nowNanos) {
    pendingPackets = packets;
    pendingFlow = flow;
    pendingNow = nowNanos;
    int route = registry.process(key, offset, packetBytes, nowNanos);
    if (slowPathEnded != 0) {
      times.add(StageTimes.Stage.INSTALL, System.nanoTime() - slowPathEnded);
      slowPathEnded = 0;
    }
    return route;
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
   * Installs flows through the slow path, as their first packets would, without counting them as
   * traffic, then zeroes the counters and stage times (brings a pipeline to steady state).
   *
   * @param packets the trace the flows' keys and features come from
   * @param flows the flow ids to install, e.g. {@link TracePackets#distinctFlows()}
   * @param nowNanos the clock
   * @return the flows installed (those already present are skipped)
   */
  public int warm(TracePackets packets, int[] flows, long nowNanos) {
    int installed = 0;
    for (int flow : flows) {
      int offset = packets.keyOffset(flow);
      if (registry.find(packets.keyWords(), offset) < 0) {
        registry.install(
            packets.keyWords(), offset, slowPath.decide(packets, flow, nowNanos), nowNanos);
        installed++;
      }
    }
    registry.resetCounters();
    times.reset();
    return installed;
  }

  /**
   * Returns the route installed for a flow without counting a packet.
   *
   * @return the route id, or {@link FlowRegistry#NO_ROUTE} when the flow is not installed
   */
  public int routeOf(TracePackets packets, int flow) {
    int record = registry.find(packets.keyWords(), packets.keyOffset(flow));
    return record < 0 ? FlowRegistry.NO_ROUTE : registry.routeId(record);
  }

  /**
   * Removes a flow, so that its next packet takes the slow path again.
   *
   * @return whether it was installed
   */
  public boolean forgetFlow(TracePackets packets, int flow) {
    return registry.remove(packets.keyWords(), packets.keyOffset(flow));
  }

  /** Forgets the slow path's per-signature and per-interval caches. */
  public void forgetCaches() {
    slowPath.forgetCaches();
  }

  @Override
  public long hits() {
    return registry.hits();
  }

  @Override
  public long misses() {
    return registry.misses();
  }

  /** Returns the installed flows. */
  public int activeFlows() {
    return registry.size();
  }

  /** Returns the slow path's stage times. */
  public StageTimes stageTimes() {
    return times;
  }

  /** Returns the registry (for its counters and tests). */
  public FlowRegistry registry() {
    return registry;
  }

  /** Returns the sum of the forecasts made (so that none is dead code). */
  public double forecastSum() {
    return slowPath.forecastSum();
  }
}
