package org.mfn.layers.ifr;

import org.mfn.core.flow.FlowKeyLayout;

/**
 * How a {@link FlowRegistry} is built.
 *
 * @param layout key layout ({@link FlowKeyLayout#IPV4} or {@link FlowKeyLayout#DUAL_STACK})
 * @param capacity the most flows held at once, at least 1; a full registry evicts
 * @param bloomFpp target false-positive probability of the Bloom filter at {@code capacity} flows,
 *     in (0, 0.5); 0 for no Bloom filter
 * @param maxLoadFactor maximum load of the hash table, 0.5 .. 0.9
 */
public record RegistryConfig(
    FlowKeyLayout layout, int capacity, double bloomFpp, float maxLoadFactor) {
  /** The default Bloom filter false-positive probability. */
  public static final double DEFAULT_BLOOM_FPP = 0.01;

  /** Checks the fields. */
  public RegistryConfig {
    if (layout == null) {
      throw new IllegalArgumentException("key layout must not be null");
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("registry capacity must be at least 1: " + capacity);
    }
    if (bloomFpp != 0 && !(bloomFpp > 0 && bloomFpp < 0.5)) {
      throw new IllegalArgumentException("Bloom fpp must be 0 (none) or in (0, 0.5): " + bloomFpp);
    }
  }

  /**
   * The default configuration: a 1% Bloom filter and load factor 0.9.
   *
   * @param layout key layout
   * @param capacity the most flows held at once
   * @return the configuration
   */
  public static RegistryConfig of(FlowKeyLayout layout, int capacity) {
    return new RegistryConfig(
        layout, capacity, DEFAULT_BLOOM_FPP, RobinHoodFlowTable.DEFAULT_MAX_LOAD_FACTOR);
  }

  /** Returns a copy with another Bloom filter probability (0 for none). */
  public RegistryConfig withBloomFpp(double fpp) {
    return new RegistryConfig(layout, capacity, fpp, maxLoadFactor);
  }
}
