package org.mfn.layers.alm;

/**
 * One change to a link in a batch applied by {@link TopologyAdapter}.
 *
 * @param from the link's tail
 * @param to the link's head
 * @param kind what happens to it
 * @param weight the new weight ({@link Kind#REWEIGHT} and {@link Kind#UP}); ignored for {@link
 *     Kind#DOWN}
 */
public record LinkChange(int from, int to, Kind kind, double weight) {
  /** What happens to a link. */
  public enum Kind {
    /** An existing link gets a new weight. */
    REWEIGHT,
    /** An existing link goes down (is removed). */
    DOWN,
    /** A link that does not exist comes up with a weight. */
    UP
  }

  /** Returns a weight change of an existing link. */
  public static LinkChange reweight(int from, int to, double weight) {
    return new LinkChange(from, to, Kind.REWEIGHT, weight);
  }

  /** Returns a link going down. */
  public static LinkChange down(int from, int to) {
    return new LinkChange(from, to, Kind.DOWN, Double.NaN);
  }

  /** Returns a new link coming up. */
  public static LinkChange up(int from, int to, double weight) {
    return new LinkChange(from, to, Kind.UP, weight);
  }
}
