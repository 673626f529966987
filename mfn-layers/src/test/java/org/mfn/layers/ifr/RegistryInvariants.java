package org.mfn.layers.ifr;

/** Lets tests in other packages check a registry's internal invariants. */
public final class RegistryInvariants {
  private RegistryInvariants() {}

  /**
   * Checks the table's Robin Hood invariants and that every installed flow is in the Bloom filter.
   *
   * @param registry the registry
   * @throws AssertionError describing the first violation
   */
  public static void check(FlowRegistry registry) {
    registry.checkInvariants();
  }
}
