package org.mfn.runner.archfixture.a;

import org.mfn.runner.archfixture.b.Pong;

/** Half of a deliberate package cycle: proves that {@code ArchitectureTest}'s rule can fail. */
public final class Ping {
  private Ping() {}

  /** Returns the other half. */
  public static Class<?> other() {
    return Pong.class;
  }
}
