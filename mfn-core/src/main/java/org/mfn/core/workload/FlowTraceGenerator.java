package org.mfn.core.workload;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.mfn.core.flow.FlowHash;
import org.mfn.core.flow.FlowKey;
import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.core.flow.Protocol;

/**
 * Generates {@link FlowTrace}s: a population of active flows with Zipf popularity, packet sizes
 * from a mix, and optional churn.
 *
 * <p>Model: popularity ranks 0..activeFlows-1 each hold one live flow (initially flow id = rank).
 * Each packet first decides, with probability {@code churnPerPacket}, whether it starts a new flow;
 * if so, a uniformly chosen rank's flow ends and the new flow (the next unused id) takes that rank,
 * and the packet belongs to it. Otherwise the packet belongs to the flow at a Zipf-drawn rank.
 * Sizes are drawn independently from the mix.
 *
 * <p>Keys are a function of the flow id and seed: the first word comes from a bijective mix of the
 * id, so distinct ids always give distinct keys, without a deduplication pass. Randomness is
 * consumed in a fixed order from one {@link SplittableRandom}: the same {@link TraceConfig} gives
 * the same trace on every machine. Memory: O(packets + distinct flows).
 */
public final class FlowTraceGenerator {
  private static final double TCP_SHARE = 0.8;

  private FlowTraceGenerator() {}

  /**
   * Generates a trace.
   *
   * @param config what to generate
   * @return the trace
   */
  public static FlowTrace generate(TraceConfig config) {
    SplittableRandom random = new SplittableRandom(config.seed());
    ZipfSampler zipf = new ZipfSampler(config.activeFlows(), config.zipfExponent());
    int[] rankToFlow = new int[config.activeFlows()];
    Arrays.setAll(rankToFlow, rank -> rank);
    int nextFlow = config.activeFlows();
    int[] packetFlows = new int[config.packets()];
    int[] packetSizes = new int[config.packets()];
    for (int p = 0; p < packetFlows.length; p++) {
      if (config.churnPerPacket() > 0 && random.nextDouble() < config.churnPerPacket()) {
        int rank = random.nextInt(rankToFlow.length);
        rankToFlow[rank] = nextFlow++;
        packetFlows[p] = rankToFlow[rank];
      } else {
        packetFlows[p] = rankToFlow[zipf.sample(random)];
      }
      packetSizes[p] = config.sizeMix().sample(random);
    }
    FlowKeyLayout layout = FlowKeyLayout.forKeys(config.ipv6Fraction() > 0);
    long[] keyWords = new long[nextFlow * layout.words()];
    for (int flow = 0; flow < nextFlow; flow++) {
      layout.write(keyFor(flow, config), keyWords, flow * layout.words());
    }
    return new FlowTrace(config, layout, keyWords, nextFlow, packetFlows, packetSizes);
  }

  /**
   * Returns the key of a flow id under a configuration (the same key the trace holds).
   *
   * @param flowId a flow id, 0 or more
   * @param config the configuration (seed and IPv6 fraction are used)
   * @return the key
   */
  public static FlowKey keyFor(int flowId, TraceConfig config) {
    long seedMix = FlowHash.fmix64(config.seed() ^ 0x5DEECE66DL);
    long identity = FlowHash.fmix64(flowId ^ seedMix); // bijective in flowId
    long extra = FlowHash.fmix64(identity + 0x9E3779B97F4A7C15L);
    int srcPort = (int) (extra & 0xFFFF);
    int dstPort = (int) ((extra >>> 16) & 0xFFFF);
    int protocol =
        unitInterval(FlowHash.fmix64(extra + 1)) < TCP_SHARE ? Protocol.TCP : Protocol.UDP;
    boolean ipv6 = unitInterval(FlowHash.fmix64(extra + 2)) < config.ipv6Fraction();
    if (!ipv6) {
      return FlowKey.ipv4((int) (identity >>> 32), (int) identity, srcPort, dstPort, protocol);
    }
    long more = FlowHash.fmix64(extra ^ identity);
    return FlowKey.ipv6(
        0x2001_0db8_0000_0000L | (more >>> 32),
        identity,
        0x2001_0db8_ffff_0000L | (more & 0xFFFF),
        FlowHash.fmix64(more),
        srcPort,
        dstPort,
        protocol);
  }

  private static double unitInterval(long bits) {
    return (bits >>> 11) * 0x1.0p-53;
  }
}
