package org.mfn.layers.pipeline;

import org.mfn.core.flow.FlowHash;
import org.mfn.layers.alm.RouteDecision;

/**
 * What a pipeline does with the first packet of a flow: classify it (DSR), route it (ALM), forecast
 * its class's load (CPE), and hand back the route id to install (IFR). The stages are passed in, so
 * that the MFN and the baseline pipelines run the same steps with their own components; each stage
 * is timed into {@link StageTimes}. Not thread-safe: one per pipeline.
 */
public final class SlowPath {
  private final FlowClassifier classifier;
  private final FlowRouter router;
  private final LoadForecasts forecasts;
  private final PipelineTopology topology;
  private final StageTimes times = new StageTimes();
  private double forecastSum;

  /**
   * Creates the slow path.
   *
   * @param classifier the DSR stage
   * @param router the ALM stage
   * @param forecasts the CPE stage
   * @param topology where flows enter and leave
   */
  public SlowPath(
      FlowClassifier classifier,
      FlowRouter router,
      LoadForecasts forecasts,
      PipelineTopology topology) {
    this.classifier = classifier;
    this.router = router;
    this.forecasts = forecasts;
    this.topology = topology;
  }

  /**
   * Decides a new flow.
   *
   * @param packets the packets (keys and features)
   * @param flow the flow id
   * @param nowNanos the caller's clock
   * @return the route id to install
   */
  public int decide(TracePackets packets, int flow, long nowNanos) {
    times.countCall();
    long t0 = System.nanoTime();
    int flowClass = classifier.classify(packets, packets.templateOf(flow));
    long t1 = System.nanoTime();
    long hash = FlowHash.hash(packets.keyWords(), packets.keyOffset(flow), packets.stride());
    RouteDecision decision = router.decide(hash, topology.ingressOf(hash), topology.egressOf(hash));
    long t2 = System.nanoTime();
    forecastSum += forecasts.forecast(flowClass, nowNanos);
    long t3 = System.nanoTime();
    times.add(StageTimes.Stage.CLASSIFY, t1 - t0);
    times.add(StageTimes.Stage.ROUTE, t2 - t1);
    times.add(StageTimes.Stage.PREDICT, t3 - t2);
    times.recordDecision(t3 - t0);
    return RouteIds.pack(flowClass, decision);
  }

  /** Forgets the classifier's and the forecaster's caches: the next flows take every stage. */
  public void forgetCaches() {
    classifier.forget();
    forecasts.forget();
  }

  /** Returns the stage times. */
  public StageTimes times() {
    return times;
  }

  /** Returns the sum of the forecasts handed out (consumed so that none is dead code). */
  public double forecastSum() {
    return forecastSum;
  }
}
