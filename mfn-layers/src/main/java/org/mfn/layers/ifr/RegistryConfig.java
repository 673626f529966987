package org.mfn.layers.ifr;

import org.mfn.core.flow.FlowHasher;
import org.mfn.core.flow.FlowKeyLayout;

/**
 * How a {@link FlowRegistry} is built.
 *
 * @param layout key layout ({@link FlowKeyLayout#IPV4} or {@link FlowKeyLayout#DUAL_STACK})
 * @param capacity the most flows held at once, at least 1; a full registry evicts
 * @param bloomFpp target false-positive probability of the Bloom filter at {@code capacity} flows,
 *     in (0, 0.5); 0 for no Bloom filter
 * @param maxLoadFactor maximum load of the hash table, 0.5 .. 0.9
 * @param hasher the keyed hash of the table and the Bloom filter; the short constructors draw a
 *     random one ({@link FlowHasher#random()}), a fixed seed is only for reproducible benchmarks
 */
public record RegistryConfig(
    FlowKeyLayout layout, int capacity, double bloomFpp, float maxLoadFactor, FlowHasher hasher) {
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
    if (hasher == null) {
      throw new IllegalArgumentException("hasher must not be null");
    }
  }

  /**
   * A configuration with a random hash key.
   *
   * @param layout key layout
   * @param capacity the most flows held at once, at least 1
   * @param bloomFpp Bloom filter probability, in (0, 0.5), or 0 for none
   * @param maxLoadFactor maximum load of the hash table, 0.5 .. 0.9
   */
  public RegistryConfig(FlowKeyLayout layout, int capacity, double bloomFpp, float maxLoadFactor) {
    this(layout, capacity, bloomFpp, maxLoadFactor, FlowHasher.random());
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
    return new RegistryConfig(layout, capacity, fpp, maxLoadFactor, hasher);
  }

  /** Returns a copy with another capacity. */
  public RegistryConfig withCapacity(int flows) {
    return new RegistryConfig(layout, flows, bloomFpp, maxLoadFactor, hasher);
  }

  /**
   * Returns a copy with another hash key, e.g. {@code FlowHasher.seeded(42)} for a benchmark that
   * must give the same hashes in every fork.
   */
  public RegistryConfig withHasher(FlowHasher keyedHash) {
    return new RegistryConfig(layout, capacity, bloomFpp, maxLoadFactor, keyedHash);
  }
}
