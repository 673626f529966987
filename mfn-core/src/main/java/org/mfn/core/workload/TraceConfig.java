package org.mfn.core.workload;

/**
 * What a {@link FlowTraceGenerator} generates. Immutable; the {@code with...} methods return
 * copies.
 *
 * @param activeFlows flows alive at any moment (the Zipf population), at least 1
 * @param packets packets in the trace, at least 1
 * @param zipfExponent Zipf exponent of flow popularity, 0 (uniform) or more
 * @param churnPerPacket probability, 0..1, that a packet starts a new flow that replaces the flow
 *     at a uniformly chosen popularity rank (that flow ends); 0 means a fixed population
 * @param ipv6Fraction fraction 0..1 of flows that are IPv6
 * @param sizeMix packet-size mix
 * @param seed seed of the generator's randomness
 */
public record TraceConfig(
    int activeFlows,
    int packets,
    double zipfExponent,
    double churnPerPacket,
    double ipv6Fraction,
    PacketSizeMix sizeMix,
    long seed) {

  /** The default Zipf exponent of flow popularity. */
  public static final double DEFAULT_ZIPF_EXPONENT = 1.0;

  /** The default churn: one packet in a hundred starts a new flow. */
  public static final double DEFAULT_CHURN = 0.01;

  /** The default seed. */
  public static final long DEFAULT_SEED = 42L;

  /** Checks every field. */
  public TraceConfig {
    if (activeFlows < 1) {
      throw new IllegalArgumentException("active flows must be at least 1: " + activeFlows);
    }
    if (packets < 1) {
      throw new IllegalArgumentException("packets must be at least 1: " + packets);
    }
    if (!(zipfExponent >= 0) || Double.isInfinite(zipfExponent)) {
      throw new IllegalArgumentException("Zipf exponent must be finite and >= 0: " + zipfExponent);
    }
    checkFraction("churn per packet", churnPerPacket);
    checkFraction("IPv6 fraction", ipv6Fraction);
    if (sizeMix == null) {
      throw new IllegalArgumentException("packet-size mix must not be null");
    }
  }

  private static void checkFraction(String what, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(what + " must be in 0..1: " + value);
    }
  }

  /**
   * The default trace: Zipf 1.0 popularity, IMIX sizes, 1% churn, IPv4 only, seed 42.
   *
   * @param activeFlows flows alive at any moment
   * @param packets packets in the trace
   * @return the configuration
   */
  public static TraceConfig defaults(int activeFlows, int packets) {
    return new TraceConfig(
        activeFlows,
        packets,
        DEFAULT_ZIPF_EXPONENT,
        DEFAULT_CHURN,
        0.0,
        PacketSizeMix.imix(),
        DEFAULT_SEED);
  }

  /** Returns a copy with another Zipf exponent. */
  public TraceConfig withZipfExponent(double exponent) {
    return new TraceConfig(
        activeFlows, packets, exponent, churnPerPacket, ipv6Fraction, sizeMix, seed);
  }

  /** Returns a copy with another churn probability. */
  public TraceConfig withChurn(double churn) {
    return new TraceConfig(activeFlows, packets, zipfExponent, churn, ipv6Fraction, sizeMix, seed);
  }

  /** Returns a copy with another IPv6 fraction. */
  public TraceConfig withIpv6Fraction(double fraction) {
    return new TraceConfig(
        activeFlows, packets, zipfExponent, churnPerPacket, fraction, sizeMix, seed);
  }

  /** Returns a copy with another packet-size mix. */
  public TraceConfig withSizeMix(PacketSizeMix mix) {
    return new TraceConfig(
        activeFlows, packets, zipfExponent, churnPerPacket, ipv6Fraction, mix, seed);
  }

  /** Returns a copy with another seed. */
  public TraceConfig withSeed(long newSeed) {
    return new TraceConfig(
        activeFlows, packets, zipfExponent, churnPerPacket, ipv6Fraction, sizeMix, newSeed);
  }
}
