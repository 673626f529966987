package org.mfn.runner.archfixture.b;

import org.mfn.runner.archfixture.a.Ping;

/** The other half of a deliberate package cycle (see {@link Ping}). */
public final class Pong {
  private Pong() {}

  /** Returns the other half. */
  public static Class<?> other() {
    return Ping.class;
  }
}
